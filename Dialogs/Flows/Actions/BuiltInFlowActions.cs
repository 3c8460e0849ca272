namespace Majordome.Dialogs.Flows.Actions;

/// <summary>The actions Majordome ships, as the validator knows them when no registry is given (flows validate).</summary>
public static class BuiltInFlowActions
{
    /// <summary>The built-in actions' names and required arguments.</summary>
    public static IReadOnlyList<FlowActionSignature> Signatures { get; } =
    [
        new(AddToCartAction.ActionName, AddToCartAction.Required, AddToCartAction.Optional),
        new(BookAction.ActionName, [], BookAction.Optional),
        new(HandoffAction.ActionName, [], HandoffAction.Optional),
        new(RecordLeadAction.ActionName, RecordLeadAction.Required, RecordLeadAction.Optional),
        new(RecordSurveyAction.ActionName, RecordSurveyAction.Required, RecordSurveyAction.Optional),
        new(TagAction.ActionName, TagAction.Required, TagAction.Optional),
        new(WebhookAction.ActionName, WebhookAction.Required),
    ];
}
