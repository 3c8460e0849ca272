namespace Majordome.Bot.Identity;

/// <summary>What redeeming a link token came to.</summary>
public enum LinkRedemption
{
    /// <summary>The keys are linked now (or were already, by this same token: a redelivered webhook).</summary>
    Linked,

    /// <summary>The token was issued to this very customer: nothing to link.</summary>
    SameCustomer,

    /// <summary>Its signature does not hold (altered, made up, or signed with another key), or no such token was issued.</summary>
    Forged,

    /// <summary>It was redeemed after its expiry.</summary>
    Expired,

    /// <summary>Another customer already redeemed it.</summary>
    Reused,
}
