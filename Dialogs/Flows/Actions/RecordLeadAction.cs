using Majordome.Dialogs.Conversations;

namespace Majordome.Dialogs.Flows.Actions;

/// <summary>
/// <c>record-lead</c>: stores a lead in the business database. Arguments: <c>consent</c> (yes/no, usually a
/// confirm question's variable) and <c>consent_text</c> (the opt-in text the customer saw, per language) are
/// required; <c>email</c> or <c>phone</c> (at least one) and <c>name</c>. A refused consent is recorded too (the
/// proof of a "no" matters as much as of a "yes") but without the contact details.
/// </summary>
public sealed class RecordLeadAction : IFlowAction
{
    /// <summary>The action's name in flow files.</summary>
    public const string ActionName = "record-lead";

    private const int MaxLength = 320;
    private readonly IFlowRecordStore _store;
    private readonly TimeProvider _time;

    /// <summary>Creates the action.</summary>
    public RecordLeadAction(IFlowRecordStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
    }

    /// <summary>The required arguments.</summary>
    public static IReadOnlyList<string> Required { get; } = ["consent", "consent_text"];

    /// <summary>The optional arguments.</summary>
    public static IReadOnlyList<string> Optional { get; } = ["email", "phone", "name"];

    /// <inheritdoc />
    public string Name => ActionName;

    /// <inheritdoc />
    public IReadOnlyList<string>? OptionalArguments => Optional;

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredArguments => Required;

    /// <inheritdoc />
    public async Task<FlowActionResult> ExecuteAsync(FlowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Flag("consent") is not { } consent)
        {
            return FlowActionResult.Failed("consent is not a yes/no value");
        }

        if (context.Text("consent_text") is not { } consentText)
        {
            return FlowActionResult.Failed("consent_text is empty");
        }

        var email = Bounded(context.Text("email"));
        var phone = Bounded(context.Text("phone"));
        if (email is null && phone is null)
        {
            return FlowActionResult.Failed("neither email nor phone was given");
        }

        var lead = consent
            ? new Lead(context.FlowId, CustomerKey.From(context.TurnContext), email, phone, Bounded(context.Text("name")), true, consentText, context.Language, _time.GetUtcNow())
            : new Lead(context.FlowId, CustomerKey.From(context.TurnContext), null, null, null, false, consentText, context.Language, _time.GetUtcNow());
        await _store.RecordLeadAsync(lead, cancellationToken).ConfigureAwait(false);
        return FlowActionResult.Ok();
    }

    private static string? Bounded(string? text) => text is { Length: > MaxLength } ? text[..MaxLength] : text;
}
