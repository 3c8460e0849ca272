using Majordome.Bot.DirectLine;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.DirectLine;

public sealed class DirectLineTokenServiceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));

    private DirectLineTokenService Service(string secret = "test-secret-0123456789abcdef") =>
        new(Options.Create(new DirectLineOptions { Secret = secret, TokenLifetime = TimeSpan.FromMinutes(30) }), _time);

    [Fact]
    public void Issue_ThenValidate_GivesTheConversationAndUser()
    {
        var token = Service().Issue("dl-abc", "user-1");

        var result = Service().Validate(token.Token);

        Assert.Equal(new DirectLineTokenValidation(DirectLineTokenStatus.Valid, "dl-abc", "user-1", ExpiresAt: _time.GetUtcNow().AddMinutes(30)), result);
        Assert.Equal(1800, token.ExpiresIn);
    }

    [Fact]
    public void Validate_AfterTheLifetime_IsExpired()
    {
        var token = Service().Issue("dl-abc");

        _time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(DirectLineTokenStatus.Expired, Service().Validate(token.Token).Status);
    }

    [Fact]
    public void Validate_SignedWithAnotherSecret_IsBadSignature()
    {
        var token = Service("another-secret-0123456789").Issue("dl-abc");

        Assert.Equal(DirectLineTokenStatus.BadSignature, Service().Validate(token.Token).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("dl1.")]
    [InlineData("dl1.a.b.c")]
    [InlineData("eyJ.xyz")]
    [InlineData("dl1.abc.!!!")]
    public void Validate_Garbage_IsMalformed(string? token)
    {
        Assert.Equal(DirectLineTokenStatus.Malformed, Service().Validate(token).Status);
    }

    [Fact]
    public void Refresh_GivesALaterExpiryForTheSameConversation()
    {
        var token = Service().Issue("dl-abc");
        _time.Advance(TimeSpan.FromMinutes(20));

        var refreshed = Service().Refresh(token.Token)!;
        _time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal("dl-abc", refreshed.ConversationId);
        Assert.Equal(DirectLineTokenStatus.Expired, Service().Validate(token.Token).Status);
        Assert.Equal(DirectLineTokenStatus.Valid, Service().Validate(refreshed.Token).Status);
    }

    [Fact]
    public void Refresh_OfAnExpiredToken_IsNull()
    {
        var token = Service().Issue("dl-abc");
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Null(Service().Refresh(token.Token));
    }
}
