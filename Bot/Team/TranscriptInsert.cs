using System.Globalization;
using System.Text;

namespace Majordome.Bot.Team;

/// <summary>The one INSERT that appends a turn's transcript lines, with its parameters, for either engine.</summary>
internal static class TranscriptInsert
{
    /// <summary>The start of every INSERT of transcript lines: the table and its columns, in the order of the values.</summary>
    internal const string Columns = "INSERT INTO conversation_messages (channel, conversation_id, author, author_name, text, created_utc) ";

    /// <summary>
    /// <c>INSERT … VALUES (…), (…)</c> with one row per line, in order; texts longer than
    /// <paramref name="maxTextLength"/> are cut.
    /// </summary>
    public static (string Sql, (string Name, object? Value)[] Parameters) For(
        string channel, string conversationId, IReadOnlyList<(string Author, string? AuthorName, string Text)> lines, string now, int maxTextLength)
    {
        var (rows, parameters) = Rows(channel, conversationId, lines, now, maxTextLength, cast: string.Empty);
        return (Columns + "VALUES " + rows + ";", parameters);
    }

    /// <summary>
    /// The same rows, inserted only when the state document <c>@savedKey</c> is stored with the ETag <c>@savedETag</c>
    /// (PostgreSQL; the caller adds those two parameters): the lines of a turn whose state save they follow in one
    /// round trip are not kept when that save wrote nothing.
    /// </summary>
    public static (string Sql, (string Name, object? Value)[] Parameters) ForSavedState(
        string channel, string conversationId, IReadOnlyList<(string Author, string? AuthorName, string Text)> lines, string now, int maxTextLength)
    {
        // Cast: in a VALUES list parameters are typed from their neighbours, and a column of nulls would have none.
        var (rows, parameters) = Rows(channel, conversationId, lines, now, maxTextLength, cast: "::text");
        return (Columns + "SELECT * FROM (VALUES " + rows + ") AS line "
            + "WHERE EXISTS (SELECT 1 FROM bot_state WHERE key = @savedKey AND etag = @savedETag);", parameters);
    }

    private static (string Rows, (string Name, object? Value)[] Parameters) Rows(
        string channel, string conversationId, IReadOnlyList<(string Author, string? AuthorName, string Text)> lines, string now, int maxTextLength, string cast)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var sql = new StringBuilder();
        var parameters = new List<(string Name, object? Value)> { ("@channel", channel), ("@conversation", conversationId), ("@now", now) };
        for (var i = 0; i < lines.Count; i++)
        {
            var (author, name, text) = lines[i];
            var n = i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"(@channel{cast}, @conversation{cast}, @author{n}{cast}, @name{n}{cast}, @text{n}{cast}, @now{cast})");
            parameters.Add(($"@author{n}", author));
            parameters.Add(($"@name{n}", name is null ? null : Storable(name, maxTextLength)));
            parameters.Add(($"@text{n}", Storable(text, maxTextLength)));
        }

        return (sql.ToString(), [.. parameters]);
    }

    /// <summary>
    /// <paramref name="text"/> as the transcript keeps it: without NUL characters, which PostgreSQL's text cannot hold
    /// (a customer's message with one failed the whole turn's append there), and cut to <paramref name="maxTextLength"/>.
    /// </summary>
    public static string Storable(string text, int maxTextLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = text.Contains('\0', StringComparison.Ordinal) ? text.Replace("\0", string.Empty, StringComparison.Ordinal) : text;
        return kept.Length > maxTextLength ? kept[..maxTextLength] : kept;
    }
}
