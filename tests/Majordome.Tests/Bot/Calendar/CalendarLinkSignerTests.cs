using Majordome.Bot.Calendar;
using Majordome.Tests.Bot.Messenger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Majordome.Tests.Bot.Calendar;

public sealed class CalendarLinkSignerTests
{
    private const string Secret = "calendar-link-secret-for-the-tests-0123456789";

    [Fact]
    public void Verify_SameSecret_AcceptsOnlyTheSignedReferenceCustomerAndExpiry()
    {
        var signature = Signer(Secret, new CapturedLogs()).Sign("MT-7K2QX", "instagram/55", 1_800_000_000);
        var other = Signer(Secret, new CapturedLogs());

        Assert.True(other.Verify("MT-7K2QX", "instagram/55", 1_800_000_000, signature));
        Assert.False(other.Verify("MT-7K2QY", "instagram/55", 1_800_000_000, signature));
        Assert.False(other.Verify("MT-7K2QX", "instagram/56", 1_800_000_000, signature));
        Assert.False(other.Verify("MT-7K2QX", "instagram/55", 1_800_000_001, signature));
        Assert.False(other.Verify("MT-7K2QX", "instagram/55", 1_800_000_000, "not base64url!"));
        Assert.False(other.Verify("MT-7K2QX", "instagram/55", 1_800_000_000, null));
    }

    [Fact]
    public void Create_NoSecret_LogsThatLinksDoNotSurviveARestart_AndAnotherProcessRejectsThem()
    {
        var logs = new CapturedLogs();
        var signature = Signer("", logs).Sign("MT-7K2QX", "instagram/55", 1_800_000_000);

        Assert.Contains(logs.Lines, l => l.StartsWith("Information", StringComparison.Ordinal) && l.Contains("Calendar__LinkSecret", StringComparison.Ordinal) && l.Contains("restart", StringComparison.Ordinal));
        Assert.False(Signer("", new CapturedLogs()).Verify("MT-7K2QX", "instagram/55", 1_800_000_000, signature));
    }

    [Fact]
    public void Create_WithSecret_LogsNothing()
    {
        var logs = new CapturedLogs();

        Signer(Secret, logs).Sign("MT-7K2QX", "instagram/55", 1_800_000_000);

        Assert.Empty(logs.Lines);
    }

    private static CalendarLinkSigner Signer(string secret, CapturedLogs logs)
    {
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        return new(Options.Create(new CalendarLinkOptions { LinkSecret = secret }), factory.CreateLogger<CalendarLinkSigner>());
    }
}
