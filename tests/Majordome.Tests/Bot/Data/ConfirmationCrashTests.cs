using Majordome.Tests.Harness.Crashes;
using Xunit.Abstractions;

namespace Majordome.Tests.Bot.Data;

/// <summary>
/// A real bot process on a SQLite file, killed with SIGKILL while a booking and a checkout are being confirmed,
/// then started again on the same file, with the unanswered customers sending their "yes" again. The long version
/// (fifty kills) is <c>bench/Majordome.Bench.ConfirmationCrash</c>.
/// </summary>
public sealed class ConfirmationCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task KillNine_AroundTheConfirmations_EachCustomerKeepsExactlyTheOneTheyWereTold()
    {
        // One kill just after the booking's commit, one just after the order's, one at a random moment.
        var loop = new KillAtConfirmationLoop(seed: 15, output.WriteLine);

        var tally = await loop.RunAsync(iterations: 3);

        output.WriteLine(tally.ToString());
        Assert.True(tally.Clean, tally + Environment.NewLine + string.Join(Environment.NewLine, tally.Problems));
        Assert.Equal(3, tally.Iterations);
    }
}
