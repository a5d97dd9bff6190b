using System.Runtime.InteropServices;

namespace Search.Bench.Measuring;

/// <summary>
/// Processor time (user + system) of this process's children that have ended and been waited for (Linux
/// <c>getrusage(RUSAGE_CHILDREN)</c>): the work of an indexer run as a new process, which the parent's own
/// processor time does not include. Zero elsewhere.
/// </summary>
public static class ChildProcessCpu
{
    private const int RusageChildren = -1;

    public static TimeSpan Total()
    {
        if (!OperatingSystem.IsLinux() || GetResourceUsage(RusageChildren, out var usage) != 0)
        {
            return TimeSpan.Zero;
        }
        return TimeSpan.FromMicroseconds(usage.UserSeconds * 1e6 + usage.UserMicroseconds + usage.SystemSeconds * 1e6 + usage.SystemMicroseconds);
    }

    /// <summary><c>struct rusage</c> on 64-bit Linux: two <c>timeval</c>s read here, then fourteen <c>long</c> counters (144 bytes in all).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);
}
