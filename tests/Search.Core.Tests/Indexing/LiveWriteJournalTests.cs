using Search.Core.Indexing;
using Search.Core.Tests.Searching;

namespace Search.Core.Tests.Indexing;

public sealed class LiveWriteJournalTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "search-journal-" + Guid.NewGuid().ToString("N"));

    private LiveWriteJournal Journal => new(root);

    [Fact]
    public void CompactionKeepsOnlyTheLastWriteOfEachIdInTheOrderTheyWereMade()
    {
        Journal.Append([Upsert("a", "A first"), Upsert("b", "B only")]);
        Journal.Append([Upsert("a", "A second")]);
        Journal.Append([JournalEntry.Deleted("b")]);
        Journal.Append([Upsert("c", "C only")]);

        var compaction = Journal.Compact();

        Assert.NotNull(compaction);
        Assert.Equal((5, 3), (compaction.Entries, compaction.Kept));
        Assert.Equal(new FileInfo(Journal.Path).Length, compaction.BytesAfter);
        Assert.True(compaction.BytesAfter < compaction.BytesBefore);
        Assert.Equal(["upsert a A second", "delete b", "upsert c C only"], Replayed(JournalPosition.Start).Writes);
    }

    [Fact]
    public void ReplayingTheCompactedJournalOverTheSourcesGivesTheSameArticlesAsTheWholeJournal()
    {
        Journal.Append([Upsert("a", "A first"), Upsert("src-1", "Edited source article")]);
        Journal.Append([JournalEntry.Deleted("src-2"), Upsert("a", "A second"), JournalEntry.Deleted("a"), Upsert("a", "A third")]);
        var before = Replayed(JournalPosition.Start).Over(Sources());

        Journal.Compact();

        var after = Replayed(JournalPosition.Start).Over(Sources());
        Assert.Equal(before, after);
        Assert.Equal(["a=A third", "src-1=Edited source article", "src-3=Source three"], after);
    }

    [Fact]
    public void APositionRecordedBeforeCompactionReplaysTheWholeCompactedJournal()
    {
        Journal.Append([Upsert("a", "A first"), Upsert("a", "A second"), Upsert("b", "B")]);
        var recorded = Journal.End;

        var compaction = Journal.Compact()!;

        Assert.NotEqual(recorded.Epoch, compaction.End.Epoch);
        var replay = Replayed(recorded);
        Assert.Equal(["upsert a A second", "upsert b B"], replay.Writes);
        Assert.Equal(compaction.End, replay.End);
        Assert.Equal(compaction.End, Journal.End);
    }

    [Fact]
    public void APositionOfTheCurrentEpochReplaysOnlyTheWritesAfterIt()
    {
        Journal.Append([Upsert("a", "A first"), Upsert("a", "A second")]);
        var compacted = Journal.Compact()!.End;

        Journal.Append([Upsert("d", "D after")]);

        var replay = Replayed(compacted);
        Assert.Equal(["upsert d D after"], replay.Writes);
        Assert.Equal(new JournalPosition(compacted.Epoch, new FileInfo(Journal.Path).Length), replay.End);
    }

    [Fact]
    public void AJournalWithNothingSupersededIsLeftAsItIs()
    {
        Journal.Append([Upsert("a", "A"), JournalEntry.Deleted("b")]);
        var bytes = File.ReadAllBytes(Journal.Path);

        Assert.Null(Journal.Compact());
        Assert.Equal(bytes, File.ReadAllBytes(Journal.Path));
        Assert.Equal(string.Empty, Journal.End.Epoch);
    }

    [Fact]
    public void ACompactionThatDiedBeforeItsRenameLeavesTheJournalAsItWas()
    {
        Journal.Append([Upsert("a", "A first"), Upsert("a", "A second")]);
        var position = Journal.End;
        // What a crash between writing the new file and renaming it leaves: a half-written file beside the journal.
        File.WriteAllText(Journal.Path + ".pending", "{\"epoch\":\"dead\"}\n{\"article\":{\"id\":\"a\"");

        Assert.Equal(position, Journal.End);
        Assert.Equal(["upsert a A first", "upsert a A second"], Replayed(JournalPosition.Start).Writes);
        Journal.Compact();
        Assert.Equal(["upsert a A second"], Replayed(JournalPosition.Start).Writes);
        Assert.False(File.Exists(Journal.Path + ".pending"));
    }

    [Fact]
    public void AnAppendAfterACrashCutTheLastLineDropsTheCutLine()
    {
        Journal.Append([Upsert("a", "A")]);
        File.AppendAllText(Journal.Path, "{\"article\":{\"id\":\"torn\",\"title\":\"Hal");

        Journal.Append([Upsert("b", "B")]);

        Assert.Equal(["upsert a A", "upsert b B"], Replayed(JournalPosition.Start).Writes);
        Assert.EndsWith("\n", File.ReadAllText(Journal.Path), StringComparison.Ordinal);
    }

    [Fact]
    public void AJournalShorterThanAPositionOfItsOwnEpochIsReportedNotSkipped()
    {
        Journal.Append([Upsert("a", "A")]);
        var beyond = Journal.End with { Offset = Journal.End.Offset + 10 };

        var error = Assert.Throws<InvalidDataException>(() => Replayed(beyond));
        Assert.Contains(Journal.Path, error.Message, StringComparison.Ordinal);
    }

    private static JournalEntry Upsert(string id, string title) =>
        JournalEntry.Upserted(Fixtures.Article(id, title, title + ".", "2024-01-01T08:00:00+07:00"));

    private static Dictionary<string, string> Sources() => new(StringComparer.Ordinal)
    {
        ["src-1"] = "Source one",
        ["src-2"] = "Source two",
        ["src-3"] = "Source three",
    };

    private Replay Replayed(JournalPosition from)
    {
        var writes = new List<string>();
        var end = Journal.Replay(from, a => writes.Add($"upsert {a.Id} {a.Title}"), id => writes.Add($"delete {id}"));
        return new Replay(writes, end);
    }

    private sealed record Replay(List<string> Writes, JournalPosition End)
    {
        /// <summary>The articles (id=title) after applying the writes, in order, to an index built from the sources.</summary>
        public List<string> Over(Dictionary<string, string> sources)
        {
            var index = new Dictionary<string, string>(sources, StringComparer.Ordinal);
            foreach (var write in Writes)
            {
                var parts = write.Split(' ', 3);
                if (parts[0] == "delete")
                {
                    index.Remove(parts[1]);
                }
                else
                {
                    index[parts[1]] = parts[2];
                }
            }

            return index.Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal).ToList();
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
