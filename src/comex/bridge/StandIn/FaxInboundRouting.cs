// FaxInboundRouting.GetMethods: every routing method the server's extensions expose.
using System.Collections;

namespace FaxBridge.ComEx.StandIn;

public sealed class FaxInboundRouting
{
    internal FaxInboundRouting() { }

    public FaxInboundRoutingMethods GetMethods() => new();
}

public sealed class FaxInboundRoutingMethods : IEnumerable
{
    public IEnumerator GetEnumerator() => World.RoutingMethods.Select(m => new FaxInboundRoutingMethod(m)).GetEnumerator();
}

public sealed class FaxInboundRoutingMethod
{
    private readonly RoutingMethodRecord method;

    internal FaxInboundRoutingMethod(RoutingMethodRecord method) => this.method = method;

    public string GUID => method.Guid;
    public string Name => method.Name;
    public string FunctionName => method.FunctionName;
    public string ExtensionImageName => method.ExtensionImageName;
    public string ExtensionFriendlyName => method.ExtensionFriendlyName;
}
