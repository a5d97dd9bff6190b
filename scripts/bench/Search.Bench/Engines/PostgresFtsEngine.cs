using System.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Search.Bench.Queries;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Bench.Engines;

/// <summary>
/// PostgreSQL full-text search over loopback: a stored tsvector (title weight A, body B) with a GIN
/// index, websearch_to_tsquery, ts_rank, ts_headline on the page of hits, count(*) and GROUP BY counts
/// for topic, source and month, each without its own filter. The text search configuration is
/// <c>indonesian</c> when the server has it, else <c>simple</c>.
/// </summary>
public sealed class PostgresFtsEngine(string connectionString) : ISearchEngine
{
    private readonly NpgsqlDataSource data = new NpgsqlDataSourceBuilder(connectionString).Build();
    private string? configuration;

    public string Name => "PostgreSQL FTS";

    public string Work => $"top 10 + ts_headline, count(*), GROUP BY topic, source, month (multi-select); config '{Configuration}'";

    /// <summary>The text search configuration in use.</summary>
    public string Configuration => configuration ??= Scalar<long>("SELECT count(*) FROM pg_ts_config WHERE cfgname = 'indonesian'") > 0 ? "indonesian" : "simple";

    public IndexingFigures Index(string corpusPath)
    {
        var clock = Stopwatch.StartNew();
        Execute($"""
            DROP TABLE IF EXISTS articles;
            CREATE TABLE articles(
                rid integer PRIMARY KEY, id text NOT NULL, source_key text, topic text, month text, published bigint,
                persons text[], title text, body text,
                tsv tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('{Configuration}', coalesce(title, '')), 'A') || setweight(to_tsvector('{Configuration}', body), 'B')) STORED);
            """);
        long count = 0;
        using (var connection = data.OpenConnection())
        using (var writer = connection.BeginBinaryImport("COPY articles (rid, id, source_key, topic, month, published, persons, title, body) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var record in new ArticleFileReader(Options.Create(new IngestionOptions())).Read([corpusPath]))
            {
                if (record.Article is not { } a)
                {
                    continue;
                }
                var facets = FacetValues.Of(a);
                writer.StartRow();
                writer.Write((int)++count, NpgsqlDbType.Integer);
                writer.Write(a.Id, NpgsqlDbType.Text);
                writer.Write(facets.Source.ToLowerInvariant(), NpgsqlDbType.Text);
                if (facets.Topic is null)
                {
                    writer.WriteNull();
                }
                else
                {
                    writer.Write(facets.Topic, NpgsqlDbType.Text);
                }
                writer.Write(facets.Month, NpgsqlDbType.Text);
                writer.Write(a.Published.ToUnixTimeMilliseconds(), NpgsqlDbType.Bigint);
                writer.Write(facets.Persons.Select(p => p.ToLowerInvariant()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                writer.Write(a.Title, NpgsqlDbType.Text);
                writer.Write(a.Body, NpgsqlDbType.Text);
            }
            writer.Complete();
        }
        Execute("""
            CREATE INDEX articles_tsv ON articles USING gin(tsv);
            CREATE INDEX articles_published ON articles(published);
            CREATE INDEX articles_topic ON articles(topic);
            CREATE INDEX articles_source ON articles(source_key);
            CREATE INDEX articles_persons ON articles USING gin(persons);
            """);
        Execute("VACUUM ANALYZE articles");
        var seconds = clock.Elapsed.TotalSeconds;
        return new IndexingFigures(count, seconds, new FileInfo(corpusPath).Length, Scalar<long>("SELECT pg_total_relation_size('articles')"));
    }

    public EngineAnswer Search(BenchQuery query)
    {
        using var connection = data.OpenConnection();
        var conditions = SqlFacets.Conditions(query, "a.persons @> ARRAY[@person]::text[]");
        var match = query.Mode == WordMode.None ? null : "a.tsv @@ q.q";
        var from = match is null ? "articles a" : $"articles a, websearch_to_tsquery('{Configuration}', @match) AS q(q)";
        var headline = match is null
            ? "substr(a.body, 1, 160)"
            : $"ts_headline('{Configuration}', a.body, q.q, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=25, MinWords=10, FragmentDelimiter=\" … \"')";
        var page = $"""
            SELECT a.id, {headline} FROM (
                SELECT a.rid, {(match is null ? "0" : "ts_rank(a.tsv, q.q)")} AS r FROM {from}{SqlFacets.Where(conditions, match)}
                ORDER BY {SqlFacets.OrderBy(query, "r DESC, a.id")} LIMIT {BenchQuery.Size} OFFSET {(query.Page - 1) * BenchQuery.Size}) t
            JOIN articles a ON a.rid = t.rid{(match is null ? "" : $", websearch_to_tsquery('{Configuration}', @match) AS q(q)")}
            ORDER BY {SqlFacets.OrderBy(query, "t.r DESC, a.id")}
            """;
        int hits = 0, chars = 0, values = 0;
        Read(connection, page, query, conditions, reader =>
        {
            hits++;
            chars += reader.IsDBNull(1) ? 0 : reader.GetString(1).Length;
        });
        long total = 0;
        Read(connection, $"SELECT count(*) FROM {from}{SqlFacets.Where(conditions, match)}", query, conditions, reader => total = reader.GetInt64(0));
        foreach (var (column, own) in SqlFacets.Dimensions)
        {
            Read(connection, $"SELECT a.{column}, count(*) FROM {from}{SqlFacets.Where(conditions, match, own)} GROUP BY a.{column}", query, conditions, _ => values++);
        }
        return new EngineAnswer(total, hits, chars, values);
    }

    /// <summary>websearch_to_tsquery syntax: words (AND), a quoted phrase, or words joined by "or".</summary>
    public static string WebSearchText(BenchQuery query) => query.Mode switch
    {
        WordMode.Phrase => $"\"{string.Join(' ', query.Words)}\"",
        WordMode.Any => string.Join(" or ", query.Words),
        _ => string.Join(' ', query.Words),
    };

    private static void Read(NpgsqlConnection connection, string sql, BenchQuery query, IEnumerable<(string Dimension, string Sql, string Name, object Value)> conditions, Action<NpgsqlDataReader> row)
    {
        using var command = new NpgsqlCommand(sql, connection);
        if (query.Mode != WordMode.None)
        {
            command.Parameters.AddWithValue("match", WebSearchText(query));
        }
        foreach (var (_, _, name, value) in conditions)
        {
            if (sql.Contains("@" + name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, value);
            }
        }
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    private void Execute(string sql)
    {
        using var command = data.CreateCommand(sql);
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql)
    {
        using var command = data.CreateCommand(sql);
        return (T)command.ExecuteScalar()!;
    }

    public void Dispose() => data.Dispose();
}
