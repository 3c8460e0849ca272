using Npgsql;

namespace Majordome.Bot.Storage;

/// <summary>
/// Statements a turn sends in the round trip of its last state save on PostgreSQL: the save, these, then the release
/// of the conversation lock. They run in a transaction of their own once the save has committed, and must write
/// nothing unless that save did (the stored document has the save's ETag).
/// </summary>
internal interface IWrittenWithLastSave
{
    /// <summary>
    /// The commands to send after the save of <paramref name="savedKey"/> with the ETag <paramref name="savedETag"/>;
    /// empty for nothing to write.
    /// </summary>
    IReadOnlyList<NpgsqlBatchCommand> Commands(string savedKey, string savedETag);

    /// <summary>Says that the commands ran and committed after a save that wrote.</summary>
    void Written();
}
