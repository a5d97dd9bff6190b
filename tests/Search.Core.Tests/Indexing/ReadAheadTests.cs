using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

public sealed class ReadAheadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void BatchesKeepInputOrderAndTheLastOneHoldsTheRest()
    {
        var batches = ReadAhead.Batches(Enumerable.Range(1, 7), 3).ToList();

        Assert.Equal([[1, 2, 3], [4, 5, 6], [7]], batches);
    }

    [Fact]
    public void TheNextBatchIsReadWhileTheCallerWorksOnTheCurrentOne()
    {
        using var sixthRead = new ManualResetEventSlim();
        var source = Enumerable.Range(1, 9).Select(i =>
        {
            if (i == 6)
            {
                sixthRead.Set();
            }
            return i;
        });
        var readDuringFirstBatch = false;

        foreach (var batch in ReadAhead.Batches(source, 3))
        {
            if (batch[0] == 1)
            {
                // Nothing asks for the second batch yet: only reading ahead reaches its last item.
                readDuringFirstBatch = sixthRead.Wait(Patience);
            }
        }

        Assert.True(readDuringFirstBatch);
    }

    [Fact]
    public void AFailureOfTheSourceSurfacesWhenTheBatchItWasReadingIsAskedFor()
    {
        var source = Enumerable.Range(1, 5).Select(i => i < 5 ? i : throw new InvalidDataException("line 5 is unreadable"));
        using var batches = ReadAhead.Batches(source, 2).GetEnumerator();

        Assert.True(batches.MoveNext());
        Assert.Equal([1, 2], batches.Current);
        Assert.True(batches.MoveNext());
        Assert.Equal([3, 4], batches.Current);
        var failure = Assert.Throws<InvalidDataException>(() => batches.MoveNext());
        Assert.Equal("line 5 is unreadable", failure.Message);
    }

    [Fact]
    public void StoppingEarlyDisposesTheSourceOnlyAfterTheBatchBeingReadIsDone()
    {
        var source = new SlowSource(items: 6, slowItem: 4, delay: TimeSpan.FromMilliseconds(300));

        foreach (var batch in ReadAhead.Batches(source, 3))
        {
            Assert.Equal([1, 2, 3], batch);
            Assert.True(source.SlowItemStarted.Wait(Patience));
            break;
        }

        Assert.Equal((true, false), (source.Disposed, source.DisposedWhileReading));
    }

    /// <summary>Counts to <c>items</c>, taking <c>delay</c> over one of them, and notes a disposal that comes while an item is being read.</summary>
    private sealed class SlowSource(int items, int slowItem, TimeSpan delay) : IEnumerable<int>
    {
        private readonly int items = items;
        private readonly int slowItem = slowItem;
        private readonly TimeSpan delay = delay;
        private volatile bool reading;

        public ManualResetEventSlim SlowItemStarted { get; } = new();

        public bool Disposed { get; private set; }

        public bool DisposedWhileReading { get; private set; }

        public IEnumerator<int> GetEnumerator() => new Counter(this);

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private sealed class Counter(SlowSource source) : IEnumerator<int>
        {
            public int Current { get; private set; }

            object System.Collections.IEnumerator.Current => Current;

            public bool MoveNext()
            {
                source.reading = true;
                if (Current + 1 == source.slowItem)
                {
                    source.SlowItemStarted.Set();
                    Thread.Sleep(source.delay);
                }
                Current++;
                source.reading = false;
                return Current <= source.items;
            }

            public void Reset() => throw new NotSupportedException();

            public void Dispose()
            {
                source.DisposedWhileReading |= source.reading;
                source.Disposed = true;
            }
        }
    }
}
