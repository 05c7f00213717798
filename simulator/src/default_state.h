/* The state written on first use: a realistic small fax server and a busy remote one, each with
 * a queue: outgoing faxes pending, paused, retrying and past their retries, a received fax being
 * routed (in progress on no device), and the fax FAXSRV02 is receiving on line 1 (its `job` record is that device's view). */
#ifndef FAXSIM_DEFAULT_STATE_H
#define FAXSIM_DEFAULT_STATE_H

static const char DEFAULT_STATE[] =
    "# FaxBridge winfax simulator state (format: simulator/README.md in the FaxBridge repository)\n"
    "faxbridge-simulator-state\t1\n"
    "\n"
    "server\tlocal\n"
    "config\t3\t10\t30\t1\t1\t0\t0\t20:00\t07:00\t0\tC:\\ProgramData\\Microsoft\\Windows NT\\MSFax\\SentItems\n"
    "method\t{92041a90-9af2-11d0-abf7-00c04fd91a4e}\tStore in a folder\tRouteToFolder\t%SystemRoot%\\system32\\fxsroute.dll\tMicrosoft Routing Extension\n"
    "method\t{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}\tRoute through e-mail\tRouteToEmail\t%SystemRoot%\\system32\\fxsroute.dll\tMicrosoft Routing Extension\n"
    "method\t{aec1b37c-9af2-11d0-abf7-00c04fd91a4e}\tPrint\tRoutePrint\t%SystemRoot%\\system32\\fxsroute.dll\tMicrosoft Routing Extension\n"
    "port\t65537\t3\t2\t1\tAVAILABLE\t+1 425 555 0100\t+1 425 555 0100\t{92041a90-9af2-11d0-abf7-00c04fd91a4e}\tStandard 56000 bps Modem\n"
    "port\t65538\t1\t3\t2\tAVAILABLE\t+1 425 555 0101\tContoso Sales\t-\tUSRobotics 56K Voice\n"
    "port\t65539\t3\t4\t3\tAVAILABLE\t+34 91 555 0199\t+34 91 555 0199\t-\tL\xc3\xadnea de fax 3 (Conexant)\n"
    "port\t65540\t6\t0\t4\tAVAILABLE\tContoso Fax\tContoso Fax Printer\t-\tFax Virtual Printer Port\n"
    "queue\t1001\t0\t1\tPENDING\t0\tCONTOSO\\agarcia\t48213\t3\t+1 206 555 0142\tNorthwind Traders\t+1 425 555 0100\tAna Garc\xc3\xad" "a\tContoso Ltd\tPurchasing\tPO-2231\t2\t0\t0\t\tQuote request 2231\n"
    "queue\t1002\t0\t1\tPAUSED\t0\tCONTOSO\\jsmith\t120550\t8\t+1 312 555 0178\tFourth Coffee\t+1 425 555 0100\tJohn Smith\tContoso Ltd\tSales\t\t0\t0\t1\tjsmith@contoso.com\tPrice list March\n"
    "queue\t1003\t0\t1\tRETRYING\t0\tCONTOSO\\mlee\t30211\t2\t+1 415 555 0133\tWide World Importers\t+1 425 555 0100\tMin Lee\tContoso Ltd\tShipping\tSHIP-77\t0\t0\t2\t\tDelivery note 8812\n"
    "queue\t1004\t0\t1\tRETRIES_EXCEEDED\t0\tCONTOSO\\jsmith\t15002\t1\t+1 646 555 0190\tLitware Inc\t+1 425 555 0100\tJohn Smith\tContoso Ltd\tSales\t\t0\t0\t0\t\tContract amendment\n"
    "queue\t1005\t0\t3\tINPROGRESS\t0\tCONTOSO\\faxsvc\t22870\t2\t\tReception\tWWI FAX\tWide World Importers\t\t\t\t0\t0\t0\t\tReceived fax from +1 415 555 0133\n"
    "\n"
    "server\tFAXSRV02\n"
    "config\t5\t5\t14\t1\t0\t1\t0\t22:00\t06:00\t1\t\\\\FAXSRV02\\FaxArchive\n"
    "method\t{92041a90-9af2-11d0-abf7-00c04fd91a4e}\tStore in a folder\tRouteToFolder\t%SystemRoot%\\system32\\fxsroute.dll\tMicrosoft Routing Extension\n"
    "method\t{aec1b37c-9af2-11d0-abf7-00c04fd91a4e}\tPrint\tRoutePrint\t%SystemRoot%\\system32\\fxsroute.dll\tMicrosoft Routing Extension\n"
    "port\t131073\t3\t1\t1\tRECEIVING\t+44 20 7946 0001\t+44 20 7946 0001\t{aec1b37c-9af2-11d0-abf7-00c04fd91a4e}\tBrooktrout TR1034 Line 1\n"
    "port\t131074\t3\t1\t2\tAVAILABLE\t+44 20 7946 0002\t+44 20 7946 0002\t-\tBrooktrout TR1034 Line 2\n"
    "job\t131073\t2\t+44 161 496 0123\t+44 20 7946 0001\t2\t5\t48213\tPurchase order 4471\t+44 161 496 0123\t\tFabrikam Ltd\tAccounts\tFABRIKAM\tCONTOSO\\faxsvc\t1772357400\t1772357100\tReceiving page 2\n"
    "queue\t2001\t131073\t2\tINPROGRESS\t0\tCONTOSO\\faxsvc\t48213\t5\t+44 161 496 0123\tAccounts\tFABRIKAM\tFabrikam Ltd\t\t\t\t0\t0\t0\t\tPurchase order 4471\n"
    "queue\t2002\t0\t1\tPENDING\t0\tCONTOSO\\faxadmin\t9876\t1\t+49 30 555 0110\tAdatum GmbH\t+44 20 7946 0002\tFax Desk\tContoso UK\tOperations\t\t1\t1772384400\t0\t\tShipping schedule\n";

#endif
