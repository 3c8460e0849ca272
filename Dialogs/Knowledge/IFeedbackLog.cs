namespace Majordome.Dialogs.Knowledge;

/// <summary>What customers told the bot about its answers, kept so the marketer can improve the FAQ.</summary>
public interface IFeedbackLog
{
    /// <summary>Records whether an FAQ answer helped.</summary>
    Task RecordAnswerFeedbackAsync(string customerKey, string entryId, string question, string language, bool helpful, CancellationToken cancellationToken = default);

    /// <summary>Records a question the bot could not answer.</summary>
    Task RecordUnansweredAsync(string customerKey, string question, string language, CancellationToken cancellationToken = default);

    /// <summary>Records that a customer asked for a person (handing over comes with the channel adapters).</summary>
    Task RecordHumanRequestAsync(string customerKey, string? question, string language, CancellationToken cancellationToken = default);
}
