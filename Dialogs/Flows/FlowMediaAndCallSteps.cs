using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Flows;

/// <summary>Shows a picture: a full https address, or a picture of the brand's folder served by the bot under /media/.</summary>
/// <param name="Url">An absolute https URL, or a path under /media/ (made absolute with the bot's public address when one is configured).</param>
/// <param name="Alt">What the picture shows, per language: read aloud by screen readers, and shown where pictures are not.</param>
public sealed record ImageStep(string Url, LocalizedText Alt) : FlowStep
{
    /// <summary>The picture's content type from its file extension ("image/jpeg"); "image/*" when the extension says nothing.</summary>
    public string ContentType => Path.GetExtension(new Uri(new Uri("https://x.invalid/"), Url).AbsolutePath).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        _ => "image/*",
    };
}

/// <summary>
/// Runs another flow and comes back: the called flow starts with its inputs set from <paramref name="Arguments"/>,
/// and when it ends (its last step or an end step) the variables named in <paramref name="Returns"/> are copied
/// back. A goto in the called flow leaves both flows.
/// </summary>
/// <param name="Flow">The called flow's id.</param>
/// <param name="Arguments">The called flow's inputs (its <c>inputs:</c>) per language, {variables} filled; "{name}" alone passes the variable as it is.</param>
/// <param name="Returns">The called flow's variables copied back into this flow when it ends.</param>
public sealed record CallStep(string Flow, IReadOnlyDictionary<string, LocalizedText> Arguments, IReadOnlyList<string> Returns) : FlowStep;

/// <summary>
/// Runs <paramref name="Steps"/> again and again: until <paramref name="Until"/> holds after a pass, and at most
/// <paramref name="Times"/> times, so a loop always ends.
/// </summary>
/// <param name="Times">The most passes (at least one is always made).</param>
/// <param name="Until">Checked after each pass: the loop stops once it holds; null to make all the passes.</param>
/// <param name="Steps">The steps repeated.</param>
public sealed record LoopStep(int Times, FlowExpression? Until, IReadOnlyList<FlowStep> Steps) : FlowStep
{
    /// <summary>The most passes a loop may make.</summary>
    public const int MaxTimes = 20;
}

/// <summary>
/// Pauses before the next step. A short wait (pacing between messages, at most <see cref="MaxDuration"/>) runs inside
/// the turn, "typing…" shown meanwhile. A long one (at least <see cref="MinParkedDuration"/>, at most
/// <see cref="MaxParkedDuration"/>: an hour, two days) parks the flow at this step: a job of the durable scheduler
/// brings it back when due, and the next steps are sent as a message the assistant writes first, under the channel's
/// rules (window, consent, quiet hours, pace). A customer who writes meanwhile is answered as usual and the wait is
/// abandoned.
/// </summary>
/// <param name="Duration">How long.</param>
public sealed record WaitStep(TimeSpan Duration) : FlowStep
{
    /// <summary>The longest wait a flow may hold a conversation for inside the turn.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(5);

    /// <summary>The shortest wait that parks the flow (shorter, past <see cref="MaxDuration"/>, is a mistake more likely than a wish).</summary>
    public static readonly TimeSpan MinParkedDuration = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait that parks the flow: later than that, a schedule step writes to the customer.</summary>
    public static readonly TimeSpan MaxParkedDuration = TimeSpan.FromDays(90);

    /// <summary>True when the flow is parked and continued later by the scheduler, rather than paused inside the turn.</summary>
    public bool Parks => Duration > MaxDuration;
}
