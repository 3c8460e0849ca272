using Majordome.Dialogs.Understanding;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// The switch question ("you were busy with… do you want to stop?") lives for one turn: the manager takes it out
/// of state before the policies run, so it is answered by the very next message or forgotten.
/// </summary>
public sealed partial class DialogManager
{
    /// <summary>The switch question asked last turn, if any, removed from state (it is answered now or never).</summary>
    private async Task<PendingSwitch?> TakePendingSwitchAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (_pendingSwitch is null)
        {
            return null;
        }

        var pending = await _pendingSwitch.GetAsync(turn, () => new PendingSwitch(), cancellationToken).ConfigureAwait(false);
        await _pendingSwitch.DeleteAsync(turn, cancellationToken).ConfigureAwait(false);
        return pending.Intent.Length > 0 ? pending : null;
    }
}
