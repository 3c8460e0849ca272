using System.Net;
using Majordome.Dialogs.Flows.Actions;

namespace Majordome.Tests.Dialogs.Flows.Actions;

/// <summary>Which addresses a webhook may reach: public ones only, whatever form they are written in.</summary>
public sealed class PublicAddressTests
{
    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2a00:1450:4007:80e::200e")]
    public void Is_PublicAddress_IsTrue(string address) => Assert.True(PublicAddress.Is(IPAddress.Parse(address)));

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("10.0.0.1")]
    [InlineData("100.64.0.1")]
    [InlineData("127.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.1")]
    [InlineData("198.18.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::127.0.0.1")]
    [InlineData("2002:a00:1::")]
    [InlineData("64:ff9b::7f00:1")]
    public void Is_LoopbackPrivateLinkLocalOrReserved_IsFalse(string address) => Assert.False(PublicAddress.Is(IPAddress.Parse(address)));
}
