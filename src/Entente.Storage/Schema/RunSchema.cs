namespace Entente.Storage.Schema;

/// <summary>
/// The one schema of the run store, for SQLite and PostgreSQL alike. Steps are only ever appended: a released
/// step never changes, because stores in the field have already applied it.
/// </summary>
/// <remarks>
/// Placeholders keep the SQL portable: <c>{id}</c> is an auto-numbered 64-bit primary key, <c>{bigint}</c> a 64-bit
/// integer, <c>{float}</c> a 64-bit IEEE number. Floating columns are nullable because SQLite stores NaN as NULL.
/// Times are ISO 8601 UTC text, which sorts chronologically in both databases; the seed is decimal text because
/// neither database has an unsigned 64-bit integer.
/// </remarks>
internal static class RunSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "runs, issue forecasts, round statistics and positions",
        [
            """
            CREATE TABLE runs (
                id {id},
                kind TEXT NOT NULL,
                scenario_name TEXT NOT NULL,
                scenario_file TEXT,
                scenario_text TEXT NOT NULL,
                scenario_sha256 TEXT NOT NULL,
                model TEXT NOT NULL,
                options_json TEXT NOT NULL,
                seed TEXT NOT NULL,
                round_limit INTEGER,
                code_version TEXT NOT NULL,
                started_at TEXT NOT NULL,
                elapsed_seconds {float} NOT NULL,
                result_json TEXT,
                summary_json TEXT
            )
            """,
            """
            CREATE TABLE issue_forecasts (
                run_id {bigint} NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                issue_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                forecast {float},
                weighted_mean {float},
                weighted_median {float},
                stopping_reason TEXT,
                PRIMARY KEY (run_id, issue_id)
            )
            """,
            """
            CREATE TABLE round_statistics (
                run_id {bigint} NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                issue_id TEXT NOT NULL,
                round INTEGER NOT NULL,
                weighted_mean {float},
                weighted_median {float},
                PRIMARY KEY (run_id, issue_id, round)
            )
            """,
            """
            CREATE TABLE positions (
                run_id {bigint} NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                issue_id TEXT NOT NULL,
                round INTEGER NOT NULL,
                actor TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                position {float},
                PRIMARY KEY (run_id, issue_id, round, actor)
            )
            """,
            "CREATE INDEX runs_started_at ON runs (started_at)",
            "CREATE INDEX runs_scenario_sha256 ON runs (scenario_sha256)",
        ]),
        new(2, "API tokens of the web app, by their SHA-256 hash",
        [
            """
            CREATE TABLE api_tokens (
                id {id},
                role TEXT NOT NULL,
                token_sha256 TEXT NOT NULL UNIQUE,
                label TEXT,
                created_at TEXT NOT NULL
            )
            """,
        ]),
        new(3, "the forecast ledger: sealed runs, their hashes and, later, their outcomes",
        [
            """
            CREATE TABLE ledger (
                run_id {bigint} NOT NULL PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
                sealed_at TEXT NOT NULL,
                note TEXT,
                inputs_sha256 TEXT NOT NULL,
                outputs_sha256 TEXT NOT NULL,
                code_version TEXT NOT NULL,
                graded_at TEXT,
                outcomes_json TEXT
            )
            """,
        ]),
        new(4, "each forecast issue's scale (its lowest and highest outcome), for scores that depend on it such as the ledger's CRPS",
        [
            "ALTER TABLE issue_forecasts ADD COLUMN scale_min {float}",
            "ALTER TABLE issue_forecasts ADD COLUMN scale_max {float}",
        ]),
    ];

    /// <summary>The newest version this build knows.</summary>
    public static int Latest => Migrations[^1].Version;
}
