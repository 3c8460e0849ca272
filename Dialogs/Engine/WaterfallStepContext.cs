namespace Majordome.Dialogs.Engine;

/// <summary>
/// What a waterfall step sees (Bot Framework's <c>WaterfallStepContext</c>): the dialog's options, the values
/// collected so far, the result of the previous step, and <see cref="NextAsync"/> to skip ahead. It shares the
/// waterfall's stack, so prompts it begins sit on top of the waterfall.
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly DialogContext _dc;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result)
        : base(dc)
    {
        _waterfall = waterfall;
        _dc = dc;
        Instance = instance;
        Index = index;
        Reason = reason;
        Result = result;
        Values = WaterfallState.GetValues(instance);
    }

    /// <summary>The step's position in the waterfall.</summary>
    public int Index { get; }

    /// <summary>Why the step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>
    /// The previous step's result (a prompt's answer). When the step is replayed after "back" or a language switch
    /// it is the JSON form of that result: read it with <see cref="GetResult{T}"/>, which works in both cases.
    /// </summary>
    public object? Result { get; }

    /// <summary>The values collected by the waterfall, persisted as JSON.</summary>
    public DialogValues Values { get; }

    /// <summary>The options the waterfall was begun with, as JSON.</summary>
    public object? Options => Instance.State[WaterfallState.OptionsKey];

    /// <summary>The name of the step (its method name), for logs and telemetry.</summary>
    public string StepName => _waterfall.GetStepName(Index);

    private DialogInstance Instance { get; }

    /// <summary>The previous step's result converted to <typeparamref name="T"/>.</summary>
    public T? GetResult<T>() => JsonValue.To<T>(Result);

    /// <summary>The waterfall's options converted to <typeparamref name="T"/> (typed options records instead of casts).</summary>
    public T? GetOptions<T>() => JsonValue.To<T>(Options);

    /// <summary>Skips to the next step with <paramref name="result"/>; may be called once per step.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException(
                $"WaterfallStepContext.NextAsync(): method already called for dialog and step '{_waterfall.Id}[{Index}]'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(_dc, DialogReason.NextCalled, result, cancellationToken);
    }
}
