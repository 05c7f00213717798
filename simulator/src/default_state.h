/* The state written on first use: a realistic small fax server and a busy remote one. */
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
    "\n"
    "server\tFAXSRV02\n"
    "config\t5\t5\t14\t1\t0\t1\t0\t22:00\t06:00\t1\t\\\\FAXSRV02\\FaxArchive\n"
    "method\t{92041a90-9af2-11d0-abf7-00c04fd91a4e}\tStore in a folder\tRouteToFolder\t%SystemRoot%\\system32\\fxsroute.dll\tMicrosoft Routing Extension\n"
    "method\t{aec1b37c-9af2-11d0-abf7-00c04fd91a4e}\tPrint\tRoutePrint\t%SystemRoot%\\system32\\fxsroute.dll\tMicrosoft Routing Extension\n"
    "port\t131073\t3\t1\t1\tRECEIVING\t+44 20 7946 0001\t+44 20 7946 0001\t{aec1b37c-9af2-11d0-abf7-00c04fd91a4e}\tBrooktrout TR1034 Line 1\n"
    "port\t131074\t3\t1\t2\tAVAILABLE\t+44 20 7946 0002\t+44 20 7946 0002\t-\tBrooktrout TR1034 Line 2\n"
    "job\t131073\t2\t+44 161 496 0123\t+44 20 7946 0001\t2\t5\t48213\tPurchase order 4471\t+44 161 496 0123\t\tFabrikam Ltd\tAccounts\tFABRIKAM\tCONTOSO\\faxsvc\t1772357400\t1772357100\tReceiving page 2\n";

#endif
