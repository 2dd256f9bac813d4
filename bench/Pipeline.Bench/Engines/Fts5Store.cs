using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Pipeline.Core.Documents;
using Pipeline.Core.Indexing;
using Pipeline.Core.Storage;

namespace Pipeline.Bench.Engines;

/// <summary>
/// The peer's index: SQLite FTS5 (porter over unicode61 with diacritics removed) for title, subtitle and body, bm25 weighted
/// like ours (3, 2, 1), and side tables doc_country and doc_topic indexed both ways for exact facet counts.
/// Built as fast as SQLite honestly allows: WAL, one transaction, prepared statements, secondary indexes after the rows;
/// synced at its commit (synchronous=FULL), since our build's commit syncs its files too.
/// </summary>
public static class Fts5Store
{
    public const string Tokenizer = "porter unicode61 remove_diacritics 2";

    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-131072; PRAGMA mmap_size=1073741824;");
        return connection;
    }

    /// <summary>Loads every document; returns the load time and the separate time of FTS5's 'optimize' merge.</summary>
    public static (TimeSpan Load, TimeSpan Optimize) Build(string path, IReadOnlyList<NormalizedDocument> documents)
    {
        using var connection = Open(path);
        var started = Stopwatch.GetTimestamp();
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, $"""
                CREATE TABLE docs(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, published INTEGER, meta TEXT NOT NULL);
                CREATE VIRTUAL TABLE fts USING fts5(title, subtitle, body, tokenize='{Tokenizer}');
                INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(3.0, 2.0, 1.0)');
                CREATE TABLE doc_country(doc INTEGER NOT NULL, code TEXT NOT NULL, PRIMARY KEY(doc, code)) WITHOUT ROWID;
                CREATE TABLE doc_topic(doc INTEGER NOT NULL, id TEXT NOT NULL, PRIMARY KEY(doc, id)) WITHOUT ROWID;
                """);
            using var doc = Command(connection, "INSERT INTO docs(rowid, id, published, meta) VALUES($r, $id, $p, $m)", "$r", "$id", "$p", "$m");
            using var text = Command(connection, "INSERT INTO fts(rowid, title, subtitle, body) VALUES($r, $t, $s, $b)", "$r", "$t", "$s", "$b");
            using var country = Command(connection, "INSERT OR IGNORE INTO doc_country(doc, code) VALUES($r, $c)", "$r", "$c");
            using var topic = Command(connection, "INSERT OR IGNORE INTO doc_topic(doc, id) VALUES($r, $t)", "$r", "$t");
            for (var i = 0; i < documents.Count; i++)
            {
                var d = documents[i];
                var rowid = i + 1L;
                var meta = HitMetadata.Of(d);
                Run(doc, rowid, d.Id, (object?)d.Published?.ToUnixTimeMilliseconds() ?? DBNull.Value, StoredHitMetadata.Write(meta));
                Run(text, rowid, d.Title, d.Subtitle ?? string.Empty, d.Body);
                foreach (var code in meta.Countries)
                {
                    Run(country, rowid, code);
                }

                foreach (var id in meta.Topics)
                {
                    Run(topic, rowid, id);
                }
            }

            // In the load's transaction, so that the one commit makes all of it durable with one sync, as our index's commit does.
            Execute(connection, "CREATE INDEX doc_country_code ON doc_country(code, doc); CREATE INDEX doc_topic_id ON doc_topic(id, doc); CREATE INDEX docs_published ON docs(published); ANALYZE;");
            transaction.Commit();
        }

        var load = Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();
        Execute(connection, "INSERT INTO fts(fts) VALUES('optimize'); PRAGMA wal_checkpoint(TRUNCATE);");
        return (load, Stopwatch.GetElapsedTime(started));
    }

    public static void Execute(SqliteConnection connection, string sql)
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

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }
}
