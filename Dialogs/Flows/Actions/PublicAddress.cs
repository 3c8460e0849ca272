using System.Net;
using System.Net.Sockets;

namespace Majordome.Dialogs.Flows.Actions;

/// <summary>
/// Tells public internet addresses from those of the bot's own machine and network: loopback, private (RFC 1918,
/// unique-local fc00::/7), link-local (169.254/16 with the clouds' metadata services, fe80::/10), carrier-grade NAT,
/// unspecified, multicast and reserved ranges, and IPv6 forms that embed an IPv4 address (mapped, compatible,
/// 6to4, NAT64).
/// </summary>
public static class PublicAddress
{
    /// <summary>Whether <paramref name="address"/> is a public unicast address a webhook may be sent to.</summary>
    public static bool Is(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(ReadOnlySpan<byte> b) => !(
        b[0] == 0                                   // "this network", 0.0.0.0 reaches the local host
        || b[0] == 10                               // private
        || b[0] == 127                              // loopback
        || (b[0] == 100 && (b[1] & 0xC0) == 64)     // carrier-grade NAT 100.64/10
        || (b[0] == 169 && b[1] == 254)             // link-local, cloud metadata services
        || (b[0] == 172 && (b[1] & 0xF0) == 16)     // private 172.16/12
        || (b[0] == 192 && b[1] == 168)             // private
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)  // IETF protocol assignments
        || (b[0] == 198 && (b[1] & 0xFE) == 18)     // benchmarking 198.18/15
        || b[0] >= 224);                            // multicast, reserved, broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Loopback) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal
            || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            // IPv4-compatible ::a.b.c.d (deprecated) reaches the IPv4 address.
            return IsPublicV4(b.AsSpan(12, 4));
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            // 6to4 2002:a.b.c.d::/48 embeds an IPv4 address.
            return IsPublicV4(b.AsSpan(2, 4));
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
        {
            // NAT64 64:ff9b::/96 translates to the embedded IPv4 address.
            return IsPublicV4(b.AsSpan(12, 4));
        }

        return true;
    }
}
