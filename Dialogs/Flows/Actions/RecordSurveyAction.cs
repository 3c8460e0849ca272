using Majordome.Dialogs.Conversations;

namespace Majordome.Dialogs.Flows.Actions;

/// <summary>
/// <c>record-survey</c>: stores a satisfaction answer in the business database. Arguments: <c>rating</c>
/// (a whole number from 1 to 5, required) and <c>comment</c> (the customer's free text, optional, kept to
/// <see cref="MaxCommentLength"/> characters).
/// </summary>
public sealed class RecordSurveyAction : IFlowAction
{
    /// <summary>The action's name in flow files.</summary>
    public const string ActionName = "record-survey";

    /// <summary>The longest comment kept: one huge message must not bloat the table.</summary>
    public const int MaxCommentLength = 2000;

    private readonly IFlowRecordStore _store;
    private readonly TimeProvider _time;

    /// <summary>Creates the action.</summary>
    public RecordSurveyAction(IFlowRecordStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
    }

    /// <summary>The required arguments.</summary>
    public static IReadOnlyList<string> Required { get; } = ["rating"];

    /// <summary>The optional arguments.</summary>
    public static IReadOnlyList<string> Optional { get; } = ["comment"];

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
        if (context.Number("rating") is not { } rating || rating != decimal.Truncate(rating) || rating is < 1 or > 5)
        {
            return FlowActionResult.Failed("rating must be a whole number from 1 to 5");
        }

        var comment = context.Text("comment") is { Length: > MaxCommentLength } long_ ? long_[..MaxCommentLength] : context.Text("comment");
        var answer = new SurveyAnswer(context.FlowId, CustomerKey.From(context.TurnContext), (int)rating, comment, context.Language, _time.GetUtcNow());
        await _store.RecordSurveyAsync(answer, cancellationToken).ConfigureAwait(false);
        return FlowActionResult.Ok();
    }
}
