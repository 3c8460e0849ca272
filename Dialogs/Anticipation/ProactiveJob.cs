namespace Majordome.Dialogs.Anticipation;

/// <summary>A scheduled message as stored.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Request">What was asked.</param>
/// <param name="Status">Where it is.</param>
/// <param name="Attempts">How many times sending was tried.</param>
/// <param name="Outcome">Why it ended as it did ("sent", "outside-window", "no-consent", "quiet-hours"...), null while pending.</param>
/// <param name="CreatedAt">When it was scheduled.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record ProactiveJob(
    long Id,
    ProactiveJobRequest Request,
    ProactiveJobStatus Status,
    int Attempts,
    string? Outcome,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
