namespace Majordome.Dialogs.Anticipation;

/// <summary>
/// What each customer agreed to receive unasked, with the exact wording they saw and when; "stop" / "arrête"
/// anywhere turns everything off.
/// </summary>
public interface IProactiveConsents
{
    /// <summary>Records that the customer agreed to <paramref name="category"/> messages after seeing <paramref name="wording"/>.</summary>
    Task GrantAsync(string customerKey, ProactiveCategory category, string wording, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Turns every proactive message off for the customer (and cancels their pending jobs).</summary>
    Task StopAllAsync(string customerKey, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Turns proactive messages back on after a stop ("reprendre", "resume"): the consents given before hold again.</summary>
    Task ResumeAsync(string customerKey, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>True when the customer agreed to <paramref name="category"/> and has not stopped.</summary>
    Task<bool> AllowsAsync(string customerKey, ProactiveCategory category, CancellationToken cancellationToken = default);
}
