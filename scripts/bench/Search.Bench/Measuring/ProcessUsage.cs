using System.Runtime.InteropServices;

namespace Search.Bench.Measuring;

/// <summary>
/// The whole process's resource use so far (getrusage, every thread): processor time, page faults that read the disk
/// (major) or found the page in memory (minor), and context switches: voluntary ones (a thread waited, for the disk or
/// a lock) and involuntary ones (the kernel gave the core to another thread, of this process or of another). All
/// zero where there is no getrusage (not Linux).
/// </summary>
public readonly record struct ProcessUsage(double ProcessorMs, long MajorFaults, long MinorFaults, long Voluntary, long Involuntary)
{
    public static ProcessUsage Now()
    {
        if (!OperatingSystem.IsLinux() || Native.GetRusage(0, out var u) != 0)
        {
            return default;
        }

        return new ProcessUsage(
            (u.UserSeconds + u.SystemSeconds) * 1000.0 + (u.UserMicroseconds + u.SystemMicroseconds) / 1000.0,
            u.MajorFaults, u.MinorFaults, u.VoluntarySwitches, u.InvoluntarySwitches);
    }

    public static ProcessUsage operator -(ProcessUsage a, ProcessUsage b) => new(
        a.ProcessorMs - b.ProcessorMs, a.MajorFaults - b.MajorFaults, a.MinorFaults - b.MinorFaults, a.Voluntary - b.Voluntary, a.Involuntary - b.Involuntary);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRss, SharedRss, UnsharedData, UnsharedStack, MinorFaults, MajorFaults, Swaps, BlockIn, BlockOut;
        public long MessagesSent, MessagesReceived, Signals, VoluntarySwitches, InvoluntarySwitches;
    }

    private static class Native
    {
        [DllImport("libc.so.6", EntryPoint = "getrusage", SetLastError = true)]
        public static extern int GetRusage(int who, out Rusage usage);
    }
}
