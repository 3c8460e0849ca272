using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// A collection of dialogs that can call each other, bound to the state property that keeps their stack
/// (Bot Framework's <c>DialogSet</c>).
/// </summary>
public class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Creates a set whose stack lives in <paramref name="dialogState"/> (for example a ConversationState property).</summary>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        ArgumentNullException.ThrowIfNull(dialogState);
        _dialogState = dialogState;
    }

    /// <summary>Creates a set with no state of its own (the inner set of a container dialog).</summary>
    public DialogSet()
    {
    }

    /// <summary>
    /// Adds a dialog. Adding the same instance twice does nothing; a different dialog with an id already used
    /// is an error (Bot Framework silently renamed it, which made <c>BeginDialogAsync</c> start the wrong one).
    /// </summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            throw new InvalidOperationException(
                $"DialogSet.Add(): a dialog with the id '{dialog.Id}' is already in the set. Give each dialog a unique id.");
        }

        _dialogs[dialog.Id] = dialog;
        DialogVersion.Changed();
        return this;
    }

    /// <summary>
    /// Finds dialogs that are not added to the set but built while the bot runs (a marketer's flow, in its current
    /// version); asked after the added dialogs, it returns null for an id it does not know. Null by default.
    /// </summary>
    public Func<string, Dialog?>? Resolver { get; set; }

    /// <summary>Finds a dialog of this set by id (an added one first, then one the <see cref="Resolver"/> builds), or null.</summary>
    public Dialog? Find(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        return _dialogs.GetValueOrDefault(dialogId) ?? Resolver?.Invoke(dialogId);
    }

    /// <summary>The dialogs in the set.</summary>
    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>A version that changes when any dialog of the set changes.</summary>
    public string GetVersion() =>
        string.Join(";", _dialogs.Values.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => d.GetVersion()));

    /// <summary>Loads the stack from state and creates the context to run the set's dialogs for this turn.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException(
                "DialogSet.CreateContextAsync(): this set has no state property. Create it with new DialogSet(conversationState.CreateProperty<DialogState>(\"DialogState\")).");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
