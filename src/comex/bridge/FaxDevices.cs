// FaxComEx devices to FaxBridge's port objects and back. Property names are FaxComEx's
// (FaxDevice.Id, DeviceName, RingsBeforeAnswer, CSID, TSID, SendEnabled, ReceiveMode …).
namespace FaxBridge.ComEx;

internal static class FaxDevices
{
    // FAX_DEVICE_RECEIVE_MODE_ENUM
    private const int NoAnswer = 0;
    private const int AutoAnswer = 1;
    private const int ManualAnswer = 2;

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
        throw new FaxCallException("FaxDevices.ItemById", 20, $"No fax device named \"{request.Name}\".");
    }

    public static Dictionary<string, object?> Describe(dynamic device)
    {
        int receiveMode = (int)device.ReceiveMode;
        bool sending = (bool)device.SendingNow, receiving = (bool)device.ReceivingNow, poweredOff = (bool)device.PoweredOff;
        return new Dictionary<string, object?>
        {
            ["deviceId"] = (int)device.Id,
            ["name"] = (string)device.DeviceName,
            ["state"] = poweredOff ? "Offline" : sending ? "Sending" : receiving ? "Receiving" : "Available",
            ["sendEnabled"] = (bool)device.SendEnabled,
            ["receiveEnabled"] = receiveMode != NoAnswer,
            ["receiveMode"] = receiveMode switch { AutoAnswer => "Auto", ManualAnswer => "Manual", _ => "Off" },
            ["rings"] = (int)device.RingsBeforeAnswer,
            ["tsid"] = (string)device.TSID,
            ["csid"] = (string)device.CSID,
            ["poweredOff"] = poweredOff,
            ["provider"] = (string)device.ProviderUniqueName,
            ["usedRoutingMethods"] = ((object[])device.UsedRoutingMethods).Select(m => m?.ToString() ?? "").ToArray(),
        };
    }

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
                default: throw new FaxCallException("FaxDevice.Save", 50, $"{key} cannot be set through FaxComEx devices.");
            }
        }
    }
}
