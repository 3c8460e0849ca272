using System.Security.Cryptography;
using System.Text;

namespace Majordome.Bot.Privacy;

/// <summary>
/// A customer as the business data keys them: the state-key channel of the endpoint that authenticated them and
/// that channel's user id (<c>{channel}/{user}</c>, the same text as Dialogs' CustomerKey). The CLI and the console
/// build one from the two parts an admin types; the customer's own requests build it from their turn.
/// </summary>
/// <param name="Channel">The state-key channel ("directline", "facebook", "botframework-webchat"…).</param>
/// <param name="UserId">The channel's id of the customer.</param>
public sealed record CustomerRecordKey(string Channel, string UserId)
{
    /// <summary>The longest part accepted: ids of every channel are far shorter.</summary>
    public const int MaxPartLength = 256;

    /// <summary>The key as stored in the business tables.</summary>
    public string Value => $"{Channel}/{UserId}";

    /// <summary>The user state document's key.</summary>
    public string UserStateKey => $"{Channel}/users/{UserId}";

    /// <summary>
    /// A SHA-256 of <see cref="Value"/> in hex: what an erasure record keeps, so "was this customer erased?" can be
    /// answered from their key without the record holding it.
    /// </summary>
    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Value)));

    /// <summary>Reads the two parts an admin typed; null when either is empty, too long, or the channel holds a slash.</summary>
    public static CustomerRecordKey? TryCreate(string? channel, string? userId)
    {
        var c = channel?.Trim();
        var u = userId?.Trim();
        if (string.IsNullOrEmpty(c) || string.IsNullOrEmpty(u) || c.Length > MaxPartLength || u.Length > MaxPartLength || c.Contains('/', StringComparison.Ordinal)
            || c.Any(char.IsControl) || u.Any(char.IsControl))
        {
            return null;
        }

        return new CustomerRecordKey(c, u);
    }

    /// <summary>Splits a stored key at its first slash (a channel never holds one); null when it has none.</summary>
    public static CustomerRecordKey? TryParse(string? key)
    {
        var slash = key?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        return slash > 0 && slash < key!.Length - 1 ? new CustomerRecordKey(key[..slash], key[(slash + 1)..]) : null;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
