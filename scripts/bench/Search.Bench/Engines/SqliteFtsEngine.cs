using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Search.Bench.Queries;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Bench.Engines;

/// <summary>
/// SQLite FTS5 (unicode61, no stemming) in process: bm25 with the title weighted 2.5, snippet() for the
/// highlight, count(*) for the total and GROUP BY counts for topic, source and month, each without its
/// own filter. One connection per thread from the provider's pool.
/// </summary>
public sealed class SqliteFtsEngine(string databasePath) : ISearchEngine
{
    private readonly string connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();

    public string Name => "SQLite FTS5";

    public string Work => "top 10 + snippet(), count(*), GROUP BY topic, source, month (multi-select)";

    public IndexingFigures Index(string corpusPath)
    {
        SqliteConnection.ClearAllPools(); // a pooled connection would keep the old file open under the new one
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }
        var clock = Stopwatch.StartNew();
        long count = 0;
        using (var connection = Open())
        {
            Execute(connection, """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                CREATE TABLE articles(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source_key TEXT, topic TEXT, month TEXT, published INTEGER);
                CREATE TABLE persons(rid INTEGER NOT NULL, person TEXT NOT NULL);
                CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
                """);
            var transaction = connection.BeginTransaction();
            using var article = Command(connection, "INSERT INTO articles VALUES (@rid, @id, @source, @topic, @month, @published)", "@rid", "@id", "@source", "@topic", "@month", "@published");
            using var text = Command(connection, "INSERT INTO fts(rowid, title, body) VALUES (@rid, @title, @body)", "@rid", "@title", "@body");
            using var person = Command(connection, "INSERT INTO persons VALUES (@rid, @person)", "@rid", "@person");
            foreach (var record in new ArticleFileReader(Options.Create(new IngestionOptions())).Read([corpusPath]))
            {
                if (record.Article is not { } a)
                {
                    continue;
                }
                var facets = FacetValues.Of(a);
                var rid = ++count;
                Run(article, transaction, rid, a.Id, facets.Source.ToLowerInvariant(), (object?)facets.Topic ?? DBNull.Value, facets.Month, a.Published.ToUnixTimeMilliseconds());
                Run(text, transaction, rid, a.Title, a.Body);
                foreach (var name in facets.Persons)
                {
                    Run(person, transaction, rid, name.ToLowerInvariant());
                }
                if (count % 10_000 == 0)
                {
                    transaction.Commit();
                    transaction = connection.BeginTransaction();
                }
            }
            transaction.Commit();
            Execute(connection, """
                CREATE INDEX articles_published ON articles(published);
                CREATE INDEX articles_topic ON articles(topic);
                CREATE INDEX articles_source ON articles(source_key);
                CREATE INDEX persons_person ON persons(person, rid);
                INSERT INTO fts(fts) VALUES ('optimize');
                PRAGMA wal_checkpoint(TRUNCATE);
                ANALYZE;
                """);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return new IndexingFigures(count, seconds, new FileInfo(corpusPath).Length, new FileInfo(databasePath).Length);
    }

    public EngineAnswer Search(BenchQuery query)
    {
        using var connection = Open();
        var conditions = SqlFacets.Conditions(query, "a.rid IN (SELECT rid FROM persons WHERE person = @person)");
        var match = query.Mode == WordMode.None ? null : "fts MATCH @match";
        var from = match is null ? "articles a" : "fts JOIN articles a ON a.rid = fts.rowid";
        var snippet = match is null
            ? "(SELECT substr(body, 1, 160) FROM fts WHERE fts.rowid = a.rid)"
            : "snippet(fts, 1, '<mark>', '</mark>', ' … ', 24)";
        var page = $"SELECT a.id, {snippet} FROM {from}{SqlFacets.Where(conditions, match)} ORDER BY {SqlFacets.OrderBy(query, "bm25(fts, 2.5, 1.0)")} LIMIT {BenchQuery.Size} OFFSET {(query.Page - 1) * BenchQuery.Size}";
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

    /// <summary>FTS5 syntax: quoted words, AND by juxtaposition, a quoted phrase, or OR.</summary>
    public static string MatchExpression(BenchQuery query) => query.Mode switch
    {
        WordMode.Phrase => $"\"{string.Join(' ', query.Words)}\"",
        WordMode.Any => string.Join(" OR ", query.Words.Select(w => $"\"{w}\"")),
        _ => string.Join(' ', query.Words.Select(w => $"\"{w}\"")),
    };

    private static void Read(SqliteConnection connection, string sql, BenchQuery query, IEnumerable<(string Dimension, string Sql, string Name, object Value)> conditions, Action<SqliteDataReader> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (query.Mode != WordMode.None)
        {
            command.Parameters.AddWithValue("@match", MatchExpression(query));
        }
        foreach (var (_, _, name, value) in conditions)
        {
            if (sql.Contains("@" + name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue("@" + name, value);
            }
        }
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, SqliteTransaction transaction, params object[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
        command.ExecuteNonQuery();
    }

    public void Dispose() => SqliteConnection.ClearAllPools();
}
