using Microsoft.Data.Sqlite;
using Npgsql;

namespace Majordome.Bot.Storage;

/// <summary>
/// Statements a turn's last state save writes along with it, saving a commit or a round trip of their own (the team's
/// transcript of the turn). They are written only when the save is, and their failure leaves the save as it is: the
/// turn then writes them on its own.
/// </summary>
internal interface IWrittenWithLastSave
{
    /// <summary>
    /// On PostgreSQL, the commands to send in the round trip of the save of <paramref name="savedKey"/> with the ETag
    /// <paramref name="savedETag"/>: the save, these, then the release of the conversation lock. They run in a
    /// transaction of their own once the save has committed, and must write nothing unless the stored document has
    /// that ETag. Empty for nothing to write.
    /// </summary>
    IReadOnlyList<NpgsqlBatchCommand> Commands(string savedKey, string savedETag);

    /// <summary>
    /// On SQLite, writes them on the save's <paramref name="connection"/> inside its transaction, before its commit;
    /// false, with nothing written, when they cannot be (another file, or a failure of theirs, rolled back alone).
    /// </summary>
    bool WriteInTransaction(SqliteConnection connection);

    /// <summary>Says that they were written and committed with a save that wrote.</summary>
    void Written();
}
