namespace Majordome.Dialogs.Flows.Actions;

/// <summary>The actions Majordome ships, as the validator knows them when no registry is given (flows validate).</summary>
public static class BuiltInFlowActions
{
    /// <summary>The built-in actions' names and required arguments.</summary>
    public static IReadOnlyList<FlowActionSignature> Signatures { get; } =
    [
        new(AddToCartAction.ActionName, AddToCartAction.Required),
        new(BookAction.ActionName, []),
        new(HandoffAction.ActionName, []),
        new(RecordLeadAction.ActionName, RecordLeadAction.Required),
        new(RecordSurveyAction.ActionName, RecordSurveyAction.Required),
        new(TagAction.ActionName, TagAction.Required),
        new(WebhookAction.ActionName, WebhookAction.Required),
    ];
}
