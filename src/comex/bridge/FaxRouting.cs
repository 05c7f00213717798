// A device's inbound routing methods: every method the server's routing extensions expose
// (FaxServer.InboundRouting.GetMethods), each marked enabled when the device uses it
// (FaxDevice.UsedRoutingMethods), as the legacy FaxEnumRoutingMethods reports them.
namespace FaxBridge.ComEx;

internal static class FaxRouting
{
    public static List<object> Describe(dynamic server, dynamic device)
    {
        dynamic routing = Bridge.Call<object>("FaxServer.InboundRouting", () => server.InboundRouting);
        dynamic methods = Bridge.Call<object>("FaxInboundRouting.GetMethods", () => routing.GetMethods());
        var used = new HashSet<string>(FaxDevices.UsedRoutingMethods(device), StringComparer.OrdinalIgnoreCase);
        var described = new List<object>();
        foreach (dynamic method in methods)
        {
            var guid = (string)method.GUID;
            described.Add(new Dictionary<string, object?>
            {
                ["deviceId"] = (int)device.Id,
                ["deviceName"] = (string)device.DeviceName,
                ["guid"] = guid,
                ["name"] = (string)method.Name,
                ["functionName"] = (string)method.FunctionName,
                ["extensionImageName"] = (string)method.ExtensionImageName,
                ["extensionFriendlyName"] = (string)method.ExtensionFriendlyName,
                ["used"] = used.Contains(guid),
            });
        }
        return described;
    }
}
