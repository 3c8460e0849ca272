namespace Majordome.Bot.Messenger.Webhook;

/// <summary>A Meta notification's body whose signature was checked, or the status and reason to refuse it with.</summary>
/// <param name="Body">The raw bytes, when accepted.</param>
/// <param name="Status">200 when accepted; else the HTTP status to answer.</param>
/// <param name="Problem">Why it was refused, or null.</param>
public sealed record SignedBody(byte[]? Body, int Status, string? Problem)
{
    /// <summary>A refusal with <paramref name="status"/> because of <paramref name="problem"/>.</summary>
    public static SignedBody Refused(int status, string problem) => new(null, status, problem);
}
