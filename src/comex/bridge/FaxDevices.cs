// FaxComEx devices: finding one, reading its properties as they are, and writing a change.
// Property names are FaxComEx's (FaxDevice.Id, DeviceName, RingsBeforeAnswer, CSID, TSID,
// SendEnabled, ReceiveMode …); src/comex/decode.ts turns them into FaxBridge's objects.
namespace FaxBridge.ComEx;

internal static class FaxDevices
{
    // FAX_DEVICE_RECEIVE_MODE_ENUM
    private const int NoAnswer = 0;
    private const int AutoAnswer = 1;

    // HRESULT_FROM_WIN32(ERROR_BAD_UNIT) and E_INVALIDARG: how FaxDevices.ItemById refuses an id.
    private const int ErrorBadUnit = 20;
    private const int ErrorInvalidParameter = 87;

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
            try
            {
                return Bridge.Call<object>("FaxDevices.ItemById", () => devices.ItemById(id));
            }
            catch (FaxCallException refused) when (refused.Win32Code is ErrorBadUnit or ErrorInvalidParameter)
            {
                throw new DeviceNotFoundException($"No fax device with id {id}.");
            }
        }
        foreach (var device in Enumerate(server))
        {
            string name = Read(() => (string)device.DeviceName, "DeviceName");
            if (string.Equals(name, request.Name, StringComparison.OrdinalIgnoreCase)) return device;
        }
        throw new DeviceNotFoundException($"No fax device named \"{request.Name}\".");
    }

    /// <summary>Each property read is a COM call of its own, which may fail like any other.</summary>
    private static T Read<T>(Func<T> read, string property) => Bridge.Call($"FaxDevice.{property}", read);

    private static void Write(Action write, string property) => Bridge.Call($"FaxDevice.{property}", write);

    public static Dictionary<string, object?> Describe(dynamic device) => new()
    {
        ["id"] = Read(() => (int)device.Id, "Id"),
        ["deviceName"] = Read(() => (string)device.DeviceName, "DeviceName"),
        ["providerUniqueName"] = Read(() => (string)device.ProviderUniqueName, "ProviderUniqueName"),
        ["sendEnabled"] = Read(() => (bool)device.SendEnabled, "SendEnabled"),
        ["receiveMode"] = Read(() => (int)device.ReceiveMode, "ReceiveMode"),
        ["ringsBeforeAnswer"] = Read(() => (int)device.RingsBeforeAnswer, "RingsBeforeAnswer"),
        ["tsid"] = Read(() => (string)device.TSID, "TSID"),
        ["csid"] = Read(() => (string)device.CSID, "CSID"),
        ["poweredOff"] = Read(() => (bool)device.PoweredOff, "PoweredOff"),
        ["sendingNow"] = Read(() => (bool)device.SendingNow, "SendingNow"),
        ["receivingNow"] = Read(() => (bool)device.ReceivingNow, "ReceivingNow"),
        ["ringingNow"] = Read(() => (bool)device.RingingNow, "RingingNow"),
        ["usedRoutingMethods"] = UsedRoutingMethods(device),
    };

    /// <summary>A VARIANT array of GUID strings; VT_EMPTY (null here) for a device that uses none.</summary>
    public static string[] UsedRoutingMethods(dynamic device)
    {
        object? used = Read(() => (object?)device.UsedRoutingMethods, "UsedRoutingMethods");
        return used switch
        {
            null => [],
            string single => [single],
            IEnumerable<object?> many => many.Select(m => m?.ToString() ?? "").ToArray(),
            _ => throw new FaxCallException("FaxDevice.UsedRoutingMethods", 13, $"FaxDevice.UsedRoutingMethods returned a {used.GetType().Name}, not a list of routing method GUIDs."),
        };
    }

    public static void Apply(dynamic device, IDictionary<string, object> change)
    {
        foreach (var (key, value) in change)
        {
            switch (key)
            {
                case "sendEnabled": Write(() => { device.SendEnabled = (bool)value; }, "SendEnabled"); break;
                case "receiveEnabled":
                    // Enabling keeps a device that answers manually on manual answer: only Off becomes Auto.
                    int mode = Read(() => (int)device.ReceiveMode, "ReceiveMode");
                    int wanted = (bool)value ? (mode == NoAnswer ? AutoAnswer : mode) : NoAnswer;
                    if (wanted != mode) Write(() => { device.ReceiveMode = wanted; }, "ReceiveMode");
                    break;
                case "rings": Write(() => { device.RingsBeforeAnswer = Convert.ToInt32(value); }, "RingsBeforeAnswer"); break;
                case "tsid": Write(() => { device.TSID = (string)value; }, "TSID"); break;
                case "csid": Write(() => { device.CSID = (string)value; }, "CSID"); break;
                // TypeScript validates first; this guards the bridge against a caller that did not.
                default: throw new FaxCallException("FaxDevice.Save", 87, $"{key} cannot be set through FaxComEx devices.");
            }
        }
    }
}
