# The fax queue cmdlets as administrators use them (issue 13): Get-FaxJob's filters, the four
# changing cmdlets through the pipeline, -WhatIf, -PassThru, and the named errors.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'The fax queue cmdlets' {
    BeforeEach {
        $state = New-FaxTestState -World jobs
    }
    AfterEach {
        Remove-FaxTestState $state
    }

    Context 'Get-FaxJob' {
        It 'lists every job of each server as FaxBridge.Job, with Id as UInt32 and QueueStatus a list of names' {
            # Each server's jobs in queue order, the servers in the order they answer.
            $jobs = @(Get-FaxJob -ComputerName localhost, FAXSRV02)
            @($jobs | Where-Object ComputerName -eq localhost).Id | Should -Be @(1001, 1002, 1003, 1004, 1005)
            @($jobs | Where-Object ComputerName -eq FAXSRV02).Id | Should -Be @(2001, 2002)
            $jobs[0].PSObject.TypeNames[0] | Should -Be 'FaxBridge.Job'
            $jobs[0].Id | Should -BeOfType [uint32]
            $jobs[0].Backend | Should -Be 'WinFax'
            ($jobs | Where-Object Id -eq 1003).QueueStatus | Should -Be @('Retrying')
            ($jobs | Where-Object Id -eq 2002).ScheduleTime | Should -Be ([datetime]::new(2026, 3, 1, 17, 0, 0, [System.DateTimeKind]::Utc))
            @(Get-FaxJob -ComputerName NOQUEUE).Count | Should -Be 0
        }

        It 'filters by -Type, -QueueStatus (any of the job''s names) and -UserName with wildcards' {
            @(Get-FaxJob -Type Routing).Id | Should -Be @(1005)
            @(Get-FaxJob -QueueStatus Paused, RetriesExceeded).Id | Should -Be @(1002, 1004)
            @(Get-FaxJob -UserName 'contoso\J*').Id | Should -Be @(1002, 1004)
            @(Get-FaxJob -Type Send -QueueStatus Pending -UserName '*agarcia').Id | Should -Be @(1001)
            $null = Suspend-FaxJob -Id 1003
            @(Get-FaxJob -QueueStatus Retrying).QueueStatus | Should -Be @('Paused', 'Retrying')
        }

        It '-DeviceName matches only jobs that name their device, and WinFax jobs name none' {
            @(Get-FaxJob -DeviceName '*').Count | Should -Be 0
            (Get-FaxJob -Id 1005).DeviceName | Should -BeNullOrEmpty
        }

        It 'refuses a -Type or -QueueStatus it does not know, and an -Id of 0, when binding' {
            { Get-FaxJob -Type Fax } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Get-FaxJob'
            { Get-FaxJob -QueueStatus Stuck } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Get-FaxJob'
            { Get-FaxJob -Id 0 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Get-FaxJob'
        }

        It 'an unknown -Id is ObjectNotFound targeting the id; the other ids and servers still return' {
            $Error.Clear()
            $jobs = @(Get-FaxJob -Id 1001, 4242, 1002 -ErrorAction SilentlyContinue -ErrorVariable failures)
            $jobs.Id | Should -Be @(1001, 1002)
            $failures.Count | Should -Be 1
            "$($failures[0].CategoryInfo.Category)" | Should -Be 'ObjectNotFound'
            $failures[0].TargetObject | Should -Be 4242
            $failures[0].Exception.Message | Should -BeLike 'No fax job with id 4242 on localhost*'
        }

        It 'a server that withholds the right to read jobs is PermissionDenied naming FaxEnumJobsW' {
            $e = Get-FaxErrorSummary { Get-FaxJob -ComputerName MANAGEONLY }
            $e.Category | Should -Be 'PermissionDenied'
            $e.Message | Should -BeLike '*FaxEnumJobsW*'
            $e.Target | Should -Be 'MANAGEONLY'
        }
    }

    Context 'Suspend-, Resume-, Restart- and Remove-FaxJob' {
        It 'Get-FaxJob | Where-Object QueueStatus -contains ''Retrying'' | Restart-FaxJob persists for a new session' {
            Get-FaxJob | Where-Object QueueStatus -contains 'Retrying' | Restart-FaxJob
            (Get-FaxJob -Id 1003).QueueStatus | Should -Be @('Pending')
            $child = Invoke-FaxChildPwsh "`$env:FAXBRIDGE_SIM_STATE = '$($state.StateFile)'; Import-Module ./module.psd1; (Get-FaxJob -Id 1003).QueueStatus -join ','"
            $child.ExitCode | Should -Be 0
            $child.Output.Trim() | Should -Be 'Pending'
        }

        It 'Suspend then Resume with -PassThru write the job as re-read; without it nothing' {
            $paused = Suspend-FaxJob -Id 1001 -PassThru
            $paused.PSObject.TypeNames[0] | Should -Be 'FaxBridge.Job'
            $paused.QueueStatus | Should -Be @('Paused')
            $paused | Resume-FaxJob | Should -BeNullOrEmpty
            (Get-FaxJob -Id 1001).QueueStatus | Should -Be @('Pending')
        }

        It 'binds Id, ComputerName and Backend by property name from any object' {
            [pscustomobject]@{ Id = 2002; ComputerName = 'FAXSRV02'; Backend = 'WinFax' } | Suspend-FaxJob
            (Get-FaxJob -Id 2002 -ComputerName FAXSRV02).QueueStatus | Should -Be @('Paused')
            $rows = @([pscustomobject]@{ Id = '1002' }, [pscustomobject]@{ Id = '1004' })
            @($rows | Restart-FaxJob -PassThru).QueueStatus | Should -Be @('Pending', 'Pending')
        }

        It 'Remove-FaxJob -WhatIf changes nothing and names each job and its server' {
            $before = Read-FaxTestState $state
            Get-FaxJob | Remove-FaxJob -WhatIf
            Read-FaxTestState $state | Should -BeExactly $before
            $child = Invoke-FaxChildPwsh "`$env:FAXBRIDGE_SIM_STATE = '$($state.StateFile)'; Import-Module ./module.psd1; Get-FaxJob -ComputerName FAXSRV02 | Remove-FaxJob -WhatIf"
            $child.Output | Should -Match 'What if: Performing the operation "Cancel and remove from the queue" on target "Fax job 2001 on FAXSRV02"'
            $child.Output | Should -Match 'Fax job 2002 on FAXSRV02'
            Read-FaxTestState $state | Should -BeExactly $before
        }

        It 'Remove-FaxJob has ConfirmImpact High (it asks by default); the others Medium' {
            (Get-Command Remove-FaxJob).ScriptBlock.Attributes.Where({ $_ -is [System.Management.Automation.CmdletBindingAttribute] })[0].ConfirmImpact | Should -Be 'High'
            foreach ($name in 'Suspend-FaxJob', 'Resume-FaxJob', 'Restart-FaxJob') {
                (Get-Command $name).ScriptBlock.Attributes.Where({ $_ -is [System.Management.Automation.CmdletBindingAttribute] })[0].ConfirmImpact | Should -Be 'Medium'
            }
            # It asks, and a non-interactive session cannot answer: the job must stay.
            $child = Invoke-FaxChildPwsh "`$env:FAXBRIDGE_SIM_STATE = '$($state.StateFile)'; Import-Module ./module.psd1; try { Get-FaxJob -Id 1001, 1002 | Remove-FaxJob } catch { `$_.FullyQualifiedErrorId; `$_.Exception.Message }"
            # The host's own words for why it cannot ask differ (pwsh: 'NonInteractive mode'); the error id does not.
            $child.Output | Should -Match 'FaxBridge.ConfirmationFailed,Remove-FaxJob'
            @(Get-FaxJob -Id 1001, 1002).Count | Should -Be 2 -Because 'neither job was removed'
        }

        It 'Remove-FaxJob -Confirm:$false cancels queued jobs at once, and an active one is Deleting until its device lets go' {
            Remove-FaxJob -Id 3002 -ComputerName JOBSRV -Confirm:$false -PassThru | Should -BeNullOrEmpty
            $active = Remove-FaxJob -Id 3001 -ComputerName JOBSRV -Confirm:$false -PassThru
            $active.QueueStatus | Should -Be @('InProgress', 'Deleting')
            $active.DeviceState | Should -Be 'Aborting'
            @(Get-FaxJob -ComputerName JOBSRV).Id | Should -Be @(3001)
        }

        It 'a job not in a state for the command is InvalidOperation naming the job and its state, and the pipeline goes on' {
            $before = Read-FaxTestState $state
            $e = Get-FaxErrorSummary { Suspend-FaxJob -Id 1002 }
            $e.Category | Should -Be 'InvalidOperation'
            $e.Id | Should -Be 'FaxBridge.JobState,Suspend-FaxJob'
            $e.Target | Should -Be 1002
            $e.Message | Should -Be 'Fax job 1002 on localhost (Send, Paused) cannot be paused: it is already paused.'
            $e = Get-FaxErrorSummary { Resume-FaxJob -Id 2001 -ComputerName FAXSRV02 }
            $e.Message | Should -BeLike 'Fax job 2001 on FAXSRV02 (Receive, InProgress) cannot be resumed: only outgoing faxes*'
            Read-FaxTestState $state | Should -BeExactly $before

            $resumed = @(Get-FaxJob | Resume-FaxJob -PassThru -ErrorAction SilentlyContinue -ErrorVariable failures)
            $resumed.Id | Should -Be @(1002, 1003, 1004)
            @($failures | ForEach-Object TargetObject) | Should -Be @(1001, 1005)
        }

        It 'a job that is gone is ObjectNotFound; a withheld right to manage jobs is PermissionDenied; nothing changes' {
            $before = Read-FaxTestState $state
            $e = Get-FaxErrorSummary { Restart-FaxJob -Id 4242 }
            $e.Category | Should -Be 'ObjectNotFound'
            $e.Target | Should -Be 4242
            $e = Get-FaxErrorSummary { Remove-FaxJob -Id 4001 -ComputerName QUERYONLY -Confirm:$false }
            $e.Category | Should -Be 'PermissionDenied'
            $e.Message | Should -BeLike '*FAX_JOB_MANAGE*'
            $e.Target | Should -Be 4001
            Read-FaxTestState $state | Should -BeExactly $before
        }

        It 'through ComEx off Windows the queue is NotImplemented, as every ComEx call is here' {
            $e = Get-FaxErrorSummary { Suspend-FaxJob -Id 1001 -Backend ComEx }
            $e.Category | Should -Be 'NotImplemented'
        }
    }
}

Describe 'The fax queue cmdlets when the fax service fails' {
    BeforeEach {
        $state = New-FaxTestState -World jobs -Environment @{ FAXBRIDGE_SIM_FAULT = 'FaxEnumJobsW:1:1722' }
    }
    AfterEach {
        Remove-FaxTestState $state
    }

    It 'a fault injected into FaxEnumJobsW is a ConnectionError naming the server; the next call succeeds' {
        $e = Get-FaxErrorSummary { Get-FaxJob }
        $e.Category | Should -Be 'ConnectionError'
        $e.Message | Should -BeLike 'Fax server localhost cannot be reached*FaxEnumJobsW*'
        $e.Target | Should -Be 'localhost'
        @(Get-FaxJob).Count | Should -Be 5 -Because 'the fault was armed for the first call only'
    }
}

# The FaxComEx stand-in serves the queue off Windows (README: "The FaxComEx backend").
Describe 'The fax queue cmdlets through FaxComEx' -Tag 'EdgeJs' {
    BeforeEach {
        $state = New-FaxTestState -World jobs -Environment @{ FAXBRIDGE_COMEX_STANDIN = '1' }
    }
    AfterEach {
        Remove-FaxTestState $state
    }

    It 'Get-FaxJob -Backend ComEx | Suspend-FaxJob pauses the jobs whose AvailableOperations allow it and keeps ComEx down the pipeline' {
        $jobs = @(Get-FaxJob -Backend ComEx)
        $jobs.Id | Should -Be @(2211, 2212, 2213, 2214, 2215)
        $jobs[0].Id | Should -BeOfType [uint32]
        $jobs[0].Backend | Should -Be 'ComEx'
        $jobs[0].ComExId | Should -Be '20000000008a3'
        $jobs[0].AvailableOperations | Should -Contain 'Pause'

        $paused = @(Get-FaxJob -Backend ComEx | Where-Object AvailableOperations -contains 'Pause' | Suspend-FaxJob -PassThru)
        $paused.Id | Should -Be @(2211, 2213)
        $paused[0].Backend | Should -Be 'ComEx'
        (Get-FaxJob -Backend ComEx -Id 2213).QueueStatus | Should -Be @('Paused', 'Retrying')
        (Get-FaxJob -Backend ComEx -QueueStatus RetriesExceeded | Restart-FaxJob -PassThru).QueueStatus | Should -Be @('Pending')

        $e = Get-FaxErrorSummary { Suspend-FaxJob -Id 2212 -Backend ComEx }
        $e.Category | Should -Be 'InvalidOperation'
        $e.Message | Should -BeLike 'Fax job 2212 on localhost (Send, Paused) cannot be paused*'
        $e = Get-FaxErrorSummary { Get-FaxJob -Id 4242 -Backend ComEx }
        $e.Category | Should -Be 'ObjectNotFound'
        $e.Target | Should -Be 4242
    }
}
