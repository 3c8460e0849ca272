using System.Globalization;
using System.Text;

namespace Majordome.Bot.Team;

/// <summary>The one INSERT that appends a turn's transcript lines, with its parameters, for either engine.</summary>
internal static class TranscriptInsert
{
    /// <summary>
    /// <c>INSERT … VALUES (…), (…)</c> with one row per line, in order; texts longer than
    /// <paramref name="maxTextLength"/> are cut.
    /// </summary>
    public static (string Sql, (string Name, object? Value)[] Parameters) For(
        string channel, string conversationId, IReadOnlyList<(string Author, string? AuthorName, string Text)> lines, string now, int maxTextLength)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var sql = new StringBuilder("INSERT INTO conversation_messages (channel, conversation_id, author, author_name, text, created_utc) VALUES ");
        var parameters = new List<(string Name, object? Value)> { ("@channel", channel), ("@conversation", conversationId), ("@now", now) };
        for (var i = 0; i < lines.Count; i++)
        {
            var (author, name, text) = lines[i];
            var n = i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"(@channel, @conversation, @author{n}, @name{n}, @text{n}, @now)");
            parameters.Add(($"@author{n}", author));
            parameters.Add(($"@name{n}", name));
            parameters.Add(($"@text{n}", text.Length > maxTextLength ? text[..maxTextLength] : text));
        }

        return (sql.Append(';').ToString(), [.. parameters]);
    }
}
