using System.Runtime.InteropServices;

namespace Search.Bench.Discovery;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): what a request costs, unlike
/// wall-clock time, is not inflated by waiting for a core on a busy machine. Null elsewhere.
/// </summary>
public static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static double? Milliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? time.Seconds * 1e3 + time.Nanoseconds / 1e6 : null;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
