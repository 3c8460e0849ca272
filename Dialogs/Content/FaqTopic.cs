namespace Majordome.Dialogs.Content;

/// <summary>What an FAQ entry is about; in faq.yaml topics are written in lower case.</summary>
public enum FaqTopic
{
    /// <summary>Delivery fees, times and areas.</summary>
    Delivery,

    /// <summary>Returns and refunds.</summary>
    Returns,

    /// <summary>Recycling used capsules.</summary>
    Recycling,

    /// <summary>Machine warranty and repairs.</summary>
    Warranty,

    /// <summary>Descaling machines.</summary>
    Descaling,

    /// <summary>How to pay.</summary>
    Payment,

    /// <summary>The loyalty programme.</summary>
    Loyalty,

    /// <summary>Placing, changing and following orders.</summary>
    Orders,

    /// <summary>Boutiques, their hours and tastings.</summary>
    Boutiques,
}
