namespace Majordome.Bot.Content.Transcripts;

/// <summary>One conversation test a marketer wrote (brand/transcripts/*.transcript).</summary>
/// <param name="File">The file's name as reports show it.</param>
/// <param name="Language">The customer's language ("fr" or "en").</param>
/// <param name="Steps">What the customer does and what the bot must answer, in order.</param>
/// <param name="Channels">The channels it is played on (<c>channels:</c> line), or null for the runner's default.</param>
/// <param name="Goal">
/// What the customer came for (<c>goal:</c> line, one of <see cref="TranscriptGoals.All"/>), or null when the
/// transcript does not say: measurements check the bot produced it (a booking reference, an order number, an answer).
/// </param>
/// <param name="Stubs">
/// What an action answers in this transcript instead of running (<c>stub: webhook → {"ok": true}</c>), by action
/// name: the JSON answer, or null for a failure (<c>stub: webhook → error</c>).
/// </param>
public sealed record Transcript(string File, string Language, IReadOnlyList<TranscriptStep> Steps, IReadOnlyList<string>? Channels = null, string? Goal = null, IReadOnlyDictionary<string, string?>? Stubs = null)
{
    /// <summary>The experiment variant the customer is put in (<c>variant: b</c> line), or null for the one the hash gives.</summary>
    public string? Variant { get; init; }

    /// <summary>The instant the bot's clock shows while it plays (<c>clock:</c> line), or null for the runner's usual one.</summary>
    public DateTimeOffset? Clock { get; init; }
}

/// <summary>A parsed transcript, or the problems that stop it from running.</summary>
/// <param name="Transcript">The transcript, or null when there is a problem.</param>
/// <param name="Problems">Every problem, with its line.</param>
public sealed record TranscriptParseResult(Transcript? Transcript, IReadOnlyList<ContentProblem> Problems);
