namespace Majordome.Dialogs.Engine;

/// <summary>A dialog that runs dialogs of its own on an inner stack (Bot Framework's <c>DialogContainer</c>).</summary>
public abstract class DialogContainer : Dialog
{
    /// <summary>Creates a container dialog.</summary>
    protected DialogContainer(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The dialogs this container can run.</summary>
    public DialogSet Dialogs { get; } = new();

    /// <summary>Creates the context of the inner stack of the container's active instance in <paramref name="dc"/>.</summary>
    public abstract DialogContext CreateChildContext(DialogContext dc);

    /// <summary>Finds one of the container's dialogs.</summary>
    public virtual Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);
}
