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
}
