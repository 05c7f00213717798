// FaxComEx devices: finding one, reading its properties as they are, and writing a change.
// Property names are FaxComEx's (FaxDevice.Id, DeviceName, RingsBeforeAnswer, CSID, TSID,
// SendEnabled, ReceiveMode …); src/comex/decode.ts turns them into FaxBridge's objects.
namespace FaxBridge.ComEx;

internal static class FaxDevices
{
    // FAX_DEVICE_RECEIVE_MODE_ENUM
    private const int NoAnswer = 0;
    private const int AutoAnswer = 1;

    public static IEnumerable<dynamic> Enumerate(dynamic server)
    {
        dynamic devices = Bridge.Call<object>("FaxServer.GetDevices", () => server.GetDevices());
        foreach (dynamic device in devices) yield return device;
    }

    public static dynamic Find(dynamic server, Request request)
    {
        if (request.DeviceId is int id)
        {
            dynamic devices = Bridge.Call<object>("FaxServer.GetDevices", () => server.GetDevices());
            return Bridge.Call<object>("FaxDevices.ItemById", () => devices.ItemById(id));
        }
        foreach (var device in Enumerate(server))
        {
            if (string.Equals((string)device.DeviceName, request.Name, StringComparison.OrdinalIgnoreCase)) return device;
        }
        throw new DeviceNotFoundException($"No fax device named \"{request.Name}\".");
    }

    public static Dictionary<string, object?> Describe(dynamic device) => new()
    {
        ["id"] = (int)device.Id,
        ["deviceName"] = (string)device.DeviceName,
        ["providerUniqueName"] = (string)device.ProviderUniqueName,
        ["sendEnabled"] = (bool)device.SendEnabled,
        ["receiveMode"] = (int)device.ReceiveMode,
        ["ringsBeforeAnswer"] = (int)device.RingsBeforeAnswer,
        ["tsid"] = (string)device.TSID,
        ["csid"] = (string)device.CSID,
        ["poweredOff"] = (bool)device.PoweredOff,
        ["sendingNow"] = (bool)device.SendingNow,
        ["receivingNow"] = (bool)device.ReceivingNow,
        ["ringingNow"] = (bool)device.RingingNow,
        ["usedRoutingMethods"] = UsedRoutingMethods(device),
    };

    public static string[] UsedRoutingMethods(dynamic device) =>
        ((object[])device.UsedRoutingMethods).Select(m => m?.ToString() ?? "").ToArray();

    public static void Apply(dynamic device, IDictionary<string, object> change)
    {
        foreach (var (key, value) in change)
        {
            switch (key)
            {
                case "sendEnabled": device.SendEnabled = (bool)value; break;
                case "receiveEnabled": device.ReceiveMode = (bool)value ? AutoAnswer : NoAnswer; break;
                case "rings": device.RingsBeforeAnswer = Convert.ToInt32(value); break;
                case "tsid": device.TSID = (string)value; break;
                case "csid": device.CSID = (string)value; break;
                // TypeScript validates first; this guards the bridge against a caller that did not.
                default: throw new FaxCallException("FaxDevice.Save", 87, $"{key} cannot be set through FaxComEx devices.");
            }
        }
    }
}
