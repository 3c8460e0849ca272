namespace Majordome.Bot.Data;

/// <summary>The database engines the business data runs on; the few SQL differences are chosen by it.</summary>
public enum BusinessDatabaseKind
{
    /// <summary>A SQLite file: one machine, the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several bot instances.</summary>
    Postgres,
}
