using Majordome.Dialogs.Engine;

namespace Majordome.Tests.Dialogs.Engine;

public class DialogVersionTests
{
    [Fact]
    public void A_stamp_is_short_and_the_same_for_the_same_version()
    {
        var version = new string('x', 2000);

        var stamp = DialogVersion.Stamp(version);

        Assert.Matches("^[0-9a-f]{16}$", stamp);
        Assert.Equal(stamp, DialogVersion.Stamp(new string('x', 2000)));
    }

    [Fact]
    public void A_waterfall_with_one_more_step_gets_another_stamp()
    {
        var waterfall = new WaterfallDialog("w", [(s, ct) => s.EndDialogAsync(null, ct)]);
        var before = DialogVersion.Of(waterfall);

        waterfall.AddStep((s, ct) => s.EndDialogAsync(null, ct));

        Assert.NotEqual(before, DialogVersion.Of(waterfall));
    }

    [Fact]
    public void A_stamp_is_worked_out_once_while_no_definition_changes()
    {
        var component = new ComponentDialog("c");
        component.AddDialog(new WaterfallDialog("w", [(s, ct) => s.EndDialogAsync(null, ct)]));

        var first = DialogVersion.Of(component);

        // The same string, not an equal one built and hashed again: the main dialog is stamped at every dialog begun.
        Assert.Same(first, DialogVersion.Of(component));
    }

    [Fact]
    public void A_container_gets_another_stamp_when_a_dialog_is_added_deep_inside_it_after_its_stamp()
    {
        var inner = new ComponentDialog("inner");
        inner.AddDialog(new WaterfallDialog("w", [(s, ct) => s.EndDialogAsync(null, ct)]));
        var outer = new ComponentDialog("outer");
        outer.AddDialog(inner);
        var before = DialogVersion.Of(outer);

        inner.AddDialog(new WaterfallDialog("added", [(s, ct) => s.EndDialogAsync(null, ct)]));

        Assert.NotEqual(before, DialogVersion.Of(outer));
    }
}
