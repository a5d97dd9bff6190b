using System.Diagnostics;
using Search.Bench.Measuring;

namespace Search.Bench.Tests;

public sealed class ChildProcessCpuTests
{
    [Fact]
    public void TheProcessorTimeOfAChildThatEndedIsCounted()
    {
        var before = ChildProcessCpu.Total();
        var wall = Stopwatch.StartNew();
        // A child that only computes: its processor time is about its wall time.
        using (var child = Process.Start("bash", ["-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done"]))
        {
            child.WaitForExit();
        }
        wall.Stop();

        var spent = ChildProcessCpu.Total() - before;

        Assert.InRange(spent.TotalSeconds, 0.1, wall.Elapsed.TotalSeconds + 0.05);
    }
}
