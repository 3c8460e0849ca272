using Majordome.Bot.Team;

namespace Majordome.Tests.Bot.Team.SignIn;

/// <summary>What the bot refuses to start with: a provider it could not sign anyone in with, or one reached over plain http.</summary>
public sealed class TeamOpenIdConnectValidationTests
{
    [Fact]
    public void NoAuthority_IsOff_AndValid()
    {
        Assert.True(new TeamOpenIdConnectValidation().Validate(null, new TeamOpenIdConnectOptions()).Succeeded);
    }

    [Theory]
    [InlineData("https://login.example.test/tenant/v2.0")]
    [InlineData("http://127.0.0.1:5601")]
    [InlineData("http://localhost:5601/realms/team")]
    [InlineData("http://[::1]:5601")]
    public void HttpsOrLoopback_WithClientIdAndSecret_IsValid(string authority)
    {
        Assert.True(new TeamOpenIdConnectValidation().Validate(null, Configured(authority)).Succeeded);
    }

    [Fact]
    public void PlainHttpAuthority_NotOnLoopback_IsRefused_NamingTheKey()
    {
        var result = new TeamOpenIdConnectValidation().Validate(null, Configured("http://login.example.test/tenant"));

        Assert.True(result.Failed);
        Assert.Contains("Team:OpenIdConnect:Authority must use https", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("2.00:00:00")]
    public void RecheckAfter_OutsideOneSecondToOneDay_IsRefused_NamingTheKey(string recheckAfter)
    {
        var options = Configured("https://login.example.test/tenant");
        options.RecheckAfter = TimeSpan.Parse(recheckAfter, System.Globalization.CultureInfo.InvariantCulture);

        var result = new TeamOpenIdConnectValidation().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Team:OpenIdConnect:RecheckAfter must be between", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSecret_IsRefused_SayingWhereItBelongs()
    {
        var options = Configured("https://login.example.test/tenant");
        options.ClientSecret = null;

        var result = new TeamOpenIdConnectValidation().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Team__OpenIdConnect__ClientSecret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void PasswordSignInOff_WithoutAProvider_IsRefused()
    {
        var result = new TeamOpenIdConnectValidation().Validate(null, new TeamOpenIdConnectOptions { PasswordSignIn = false });

        Assert.True(result.Failed);
        Assert.Contains("nobody could sign in", result.FailureMessage, StringComparison.Ordinal);
    }

    private static TeamOpenIdConnectOptions Configured(string authority) => new() { Authority = authority, ClientId = "majordome-team", ClientSecret = "secret" };
}
