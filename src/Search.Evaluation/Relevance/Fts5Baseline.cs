using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Search.Core.Articles;

namespace Search.Evaluation.Relevance;

/// <summary>
/// SQLite FTS5 with the unicode61 tokenizer (diacritics removed, no stemming, no stop words) over
/// headline and text, ranked by FTS5's bm25(); a query ORs its words.
/// </summary>
public sealed partial class Fts5Baseline : ISearchSystem
{
    private readonly SqliteConnection _connection;
    private readonly System.Threading.Lock _gate = new();

    private Fts5Baseline(SqliteConnection connection, TimeSpan indexingTime)
    {
        _connection = connection;
        IndexingTime = indexingTime;
    }

    public string Name => "SQLite FTS5 (unicode61)";

    public TimeSpan IndexingTime { get; }

    public static Fts5Baseline Build(IReadOnlyList<Article> articles)
    {
        var clock = Stopwatch.StartNew();
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE VIRTUAL TABLE articles USING fts5(id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')");
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO articles (id, title, body) VALUES ($id, $title, $body)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            foreach (var article in articles)
            {
                id.Value = article.Id;
                title.Value = article.Title;
                body.Value = article.Body;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute(connection, "INSERT INTO articles (articles) VALUES ('optimize')");
        return new Fts5Baseline(connection, clock.Elapsed);
    }

    public IReadOnlyList<string> TopTen(string query)
    {
        var match = Match(query);
        if (match.Length == 0)
        {
            return [];
        }

        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT id FROM articles WHERE articles MATCH $match ORDER BY bm25(articles) LIMIT 10";
            command.Parameters.AddWithValue("$match", match);
            using var reader = command.ExecuteReader();
            var ids = new List<string>(10);
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>Every word of the query as a quoted FTS5 string, OR-ed.</summary>
    private static string Match(string query)
    {
        var words = new StringBuilder();
        foreach (System.Text.RegularExpressions.Match word in Word().Matches(query))
        {
            words.Append(words.Length == 0 ? "" : " OR ").Append('"').Append(word.Value).Append('"');
        }

        return words.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial System.Text.RegularExpressions.Regex Word();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
