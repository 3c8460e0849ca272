namespace Majordome.Bot.Team.Console;

/// <summary>
/// A customer as the console shows them where the team has no conversation with them (the scheduled messages): the
/// channel and the last characters of their id, enough to tell two customers apart and to find one with the
/// <c>jobs</c> command, not enough to write to them or to know who they are.
/// </summary>
public static class TeamCustomerMask
{
    /// <summary>How many characters of the channel's id of the customer are shown.</summary>
    public const int VisibleCharacters = 4;

    /// <summary>"facebook/…7890" for "facebook/1234567890"; an id no longer than the visible part is hidden whole.</summary>
    public static string Mask(string customerKey)
    {
        ArgumentNullException.ThrowIfNull(customerKey);
        var slash = customerKey.IndexOf('/', StringComparison.Ordinal);
        var channel = slash < 0 ? string.Empty : customerKey[..(slash + 1)];
        var id = customerKey[(slash + 1)..];
        return id.Length <= VisibleCharacters * 2 ? channel + "…" : channel + "…" + id[^VisibleCharacters..];
    }
}
