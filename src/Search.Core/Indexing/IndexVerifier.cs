using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Search.Core.Indexing;

/// <summary>Runs Lucene's CheckIndex over the live index of a root (read only: it never fixes anything).</summary>
public static class IndexVerifier
{
    /// <exception cref="IndexNotFoundException">There is no index to verify.</exception>
    public static IndexVerification Verify(string root)
    {
        var live = IndexLayout.LiveDirectory(Path.GetFullPath(root));
        using var directory = FSDirectory.Open(live);
        if (!DirectoryReader.IndexExists(directory))
        {
            throw new IndexNotFoundException($"No index at {live}.");
        }

        using var report = new StringWriter(CultureInfo.InvariantCulture);
        var checker = new CheckIndex(directory) { InfoStream = report };
        var status = checker.DoCheckIndex();
        var problems = new List<string>();
        if (status.MissingSegments)
        {
            problems.Add("no segments file could be read");
        }

        if (status.CantOpenSegments)
        {
            problems.Add("the segments file could not be opened");
        }

        if (status.ToolOutOfDate)
        {
            problems.Add("the index was written by a newer Lucene than this tool");
        }

        foreach (var segment in status.SegmentInfos)
        {
            problems.AddRange(SegmentProblems(segment).Select(p => $"segment {segment.Name} ({segment.DocCount} documents): {p}"));
        }

        if (status.TotLoseDocCount > 0)
        {
            problems.Add($"{status.TotLoseDocCount} documents are in segments that cannot be read");
        }

        var documents = status.SegmentInfos.Sum(s => s.DocCount);
        var deleted = status.SegmentInfos.Sum(s => s.NumDeleted);
        return new IndexVerification(live, status.Clean, status.NumSegments, documents - deleted, deleted, problems, report.ToString());
    }

    private static IEnumerable<string> SegmentProblems(CheckIndex.Status.SegmentInfoStatus segment)
    {
        if (!segment.OpenReaderPassed)
        {
            yield return "could not be opened";
        }

        var parts = new (string Part, Exception? Error)[]
        {
            ("norms", segment.FieldNormStatus?.Error),
            ("terms and postings", segment.TermIndexStatus?.Error),
            ("stored fields", segment.StoredFieldStatus?.Error),
            ("term vectors", segment.TermVectorStatus?.Error),
            ("doc values", segment.DocValuesStatus?.Error),
        };
        foreach (var (part, error) in parts.Where(p => p.Error is not null))
        {
            yield return $"{part}: {error!.Message}";
        }
    }
}
