// "Tab saya": what a supervisor gets besides their progress (SHEETS.md, Roles): a button per own
// tab of the picked period that opens it (apiSelectCell). HR actions are not shown to them, and
// the server refuses them anyway (src/gas/identity.ts).
import {useState} from 'preact/hooks';
import {useUi} from './ui';

export function MyTabsPanel(props: {tabs: string[]}) {
  const ui = useUi();
  const [message, setMessage] = useState('');
  if (props.tabs.length === 0) return <p>{ui.t('sidebar.myTabs.none')}</p>;
  const open = async (tab: string) => {
    try {
      const result = await ui.call('apiSelectCell', tab, 'A1');
      setMessage(result.message);
    } catch (error) {
      setMessage(ui.errorText(error));
    }
  };
  return (
    <>
      <ul class="my-tabs">
        {props.tabs.map(tab => (
          <li key={tab}>
            <button type="button" class="link" onClick={() => void open(tab)}>
              {tab}
            </button>
          </li>
        ))}
      </ul>
      {message && <p role="status">{message}</p>}
    </>
  );
}
