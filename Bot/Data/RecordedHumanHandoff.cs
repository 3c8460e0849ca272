using Majordome.Dialogs.Analytics;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Knowledge;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.Data;

/// <summary>Records a customer's request for a person in the feedback log, where the team reads them.</summary>
public sealed class RecordedHumanHandoff : IHumanHandoff
{
    private readonly IFeedbackLog _log;

    /// <summary>Creates the handoff.</summary>
    public RecordedHumanHandoff(IFeedbackLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        _log = log;
    }

    /// <inheritdoc />
    public Task RequestAsync(ITurnContext turnContext, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        // Every way to a person comes here (the customer's request, a flow's handoff step, a large group booking).
        turnContext.Track(AnalyticsEvents.Handoff);
        Telemetry.HandoffMetrics.Record(turnContext.Activity?.ChannelId);
        return _log.RecordHumanRequestAsync(CustomerKey.From(turnContext), reason, turnContext.GetLanguage(), cancellationToken);
    }
}
