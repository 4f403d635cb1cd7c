<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
  <context>
    <name>MapCanvas</name>
    <message>
      <location filename="../../journeymapper/canvas/accessibility.py" line="380" />
      <source>Emotion at stage %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/accessibility.py" line="392" />
      <location filename="../../journeymapper/canvas/accessibility.py" line="405" />
      <source>opens a detail map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/accessibility.py" line="398" />
      <source>Stage %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/accessibility.py" line="401" />
      <source>goal: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/accessibility.py" line="403" />
      <location filename="../../journeymapper/canvas/accessibility.py" line="414" />
      <source>%1 cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/accessibility.py" line="403" />
      <location filename="../../journeymapper/canvas/accessibility.py" line="414" />
      <source>1 card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/accessibility.py" line="411" />
      <source>Lane %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/accessibility.py" line="412" />
      <source>kind: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/accessibility.py" line="416" />
      <source>collapsed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/accessibility.py" line="422" />
      <source>Score %1 on a scale from %2 to %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/curve_item.py" line="196" />
      <location filename="../../journeymapper/canvas/scene.py" line="717" />
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/curve_item.py" line="196" />
      <source>Persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/frame_items.py" line="175" />
      <source>Lane kind: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/overlays.py" line="51" />
      <source>Line of visibility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/scene.py" line="775" />
      <source>Card “%1” in lane %2, stage %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/scene.py" line="778" />
      <source>1 vote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/scene.py" line="778" />
      <source>%1 votes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/scene.py" line="781" />
      <source>1 open action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/scene.py" line="781" />
      <source>%1 open actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/scene.py" line="783" />
      <source>channel %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/scene.py" line="796" />
      <source>Channel: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/scene.py" line="798" />
      <source>Votes: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/scene.py" line="801" />
      <source>Open actions: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/scene.py" line="803" />
      <source>Drills down to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/style.py" line="31" />
      <source>Web</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/style.py" line="31" />
      <source>App</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/style.py" line="31" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/style.py" line="31" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/style.py" line="32" />
      <source>Store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/style.py" line="32" />
      <source>Social</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/style.py" line="32" />
      <source>Chat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/style.py" line="33" />
      <source>Mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/style.py" line="33" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MapDocument</name>
    <message>
      <location filename="../../journeymapper/editor/document.py" line="72" />
      <source>Untitled map</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MapView</name>
    <message>
      <location filename="../../journeymapper/canvas/view.py" line="85" />
      <location filename="../../journeymapper/canvas/view.py" line="172" />
      <source>Journey map</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../journeymapper/canvas/view.py" line="191" />
      <source>%n cards selected</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../journeymapper/canvas/view.py" line="194" />
      <source>Stage: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/view.py" line="197" />
      <source>Lane: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/view.py" line="200" />
      <source>Emotion at stage %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/canvas/view.py" line="204" />
      <source>Cell: %1, %2 (%3 cards)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>action_delegate</name>
    <message>
      <location filename="../../journeymapper/ui/action_delegate.py" line="37" />
      <source>No date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_delegate.py" line="39" />
      <source>Due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_delegate.py" line="40" />
      <source>Delete clears the due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_delegate.py" line="100" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_delegate.py" line="104" />
      <source>Priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_delegate.py" line="112" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_delegate.py" line="113" />
      <source>Who does it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_delegate.py" line="116" />
      <source>Action title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_delegate.py" line="117" />
      <source>What will be done</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>action_model</name>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="32" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="33" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="34" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="35" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="36" />
      <source>Priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="37" />
      <source>Stages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="38" />
      <source>Addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="45" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="46" />
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="47" />
      <source>Blocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="48" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="49" />
      <source>Dropped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="52" />
      <source>Critical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="53" />
      <source>High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="54" />
      <source>Medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_columns.py" line="55" />
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_model.py" line="184" />
      <source>%1, overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_model.py" line="210" />
      <source>(empty card)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_model.py" line="225" />
      <source>Overdue: due %1 and still open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_model.py" line="251" />
      <source>Not changed: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>action_panel</name>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="77" />
      <location filename="../../journeymapper/ui/action_panel.py" line="127" />
      <source>Action plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="98" />
      <source>Filter actions…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="99" />
      <source>Filter actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="103" />
      <source>Show actions by status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="104" />
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="105" />
      <source>Open (not done)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="110" />
      <source>Overdue only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="111" />
      <source>Show only overdue actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="114" />
      <source>Actions shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="116" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="117" />
      <source>Add action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="118" />
      <source>Add an action for the selected cards or stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="121" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="122" />
      <source>Delete action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="186" />
      <source>%1 of %2 actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="188" />
      <source>1 action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="188" />
      <source>%1 actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/action_panel.py" line="205" />
      <source>New action</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="73" />
      <source>&amp;New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="73" />
      <source>Start a map with the usual stages and lanes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="74" />
      <source>&amp;Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="75" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="76" />
      <source>Save &amp;As…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="77" />
      <source>&amp;Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="78" />
      <source>&amp;PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="78" />
      <source>The map and its action plan, for print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="79" />
      <source>Action Plan as &amp;CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="80" />
      <source>P&amp;NG Image…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="81" />
      <source>&amp;SVG Drawing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="82" />
      <source>&amp;Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="83" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="86" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="89" />
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="92" />
      <source>Cu&amp;t</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="93" />
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="94" />
      <source>&amp;Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="95" />
      <source>D&amp;uplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="96" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="97" />
      <source>Select &amp;All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="98" />
      <source>&amp;Find…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="99" />
      <source>Find &amp;Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="100" />
      <source>Find Prev&amp;ious</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="101" />
      <source>&amp;Replace…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="103" />
      <source>Zoom &amp;In</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="104" />
      <source>Zoom &amp;Out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="105" />
      <source>Zoom to &amp;Fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="106" />
      <source>Actual &amp;Size (100%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="108" />
      <source>&amp;Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="108" />
      <source>Add a stage after the selected one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="109" />
      <source>&amp;Card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="109" />
      <source>Add a card in the current cell and type its text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="110" />
      <source>&amp;Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="110" />
      <source>Add an action for the selected cards or stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="115" />
      <source>&amp;Keyboard Shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="116" />
      <source>&amp;About JourneyMapper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="141" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="143" />
      <source>Open &amp;Recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="148" />
      <source>&amp;Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="155" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="164" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="167" />
      <source>&amp;Insert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="169" />
      <source>&amp;Lane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/actions.py" line="173" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>atlas</name>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="118" />
      <location filename="../../journeymapper/ui/atlas_dock.py" line="120" />
      <source>Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="140" />
      <source>No atlas open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="142" />
      <source>Atlas title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="143" />
      <source>Atlas entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="148" />
      <source>Reading the atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="155" />
      <source>Add…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="156" />
      <source>Add the maps of the folder that are not in the atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="166" />
      <source>Maps of the atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="190" />
      <source>Locate…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="191" />
      <source>Locate the map's file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="201" />
      <source>Preview of the selected map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="232" />
      <source>Reading %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="271" />
      <source>%1 of %2 maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="286" />
      <source>The atlas cannot be read: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="348" />
      <source>1 map in this folder is not in the atlas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="349" />
      <source>%1 maps in this folder are not in the atlas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_dock.py" line="400" />
      <source>%1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="59" />
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="59" />
      <location filename="../../journeymapper/ui/atlas_search.py" line="73" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="59" />
      <source>Personas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="59" />
      <source>Stages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="59" />
      <source>Cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="59" />
      <source>Actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="59" />
      <location filename="../../journeymapper/ui/atlas_search.py" line="71" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="60" />
      <source>Last change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="60" />
      <source>Open by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="60" />
      <source>Flags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="64" />
      <source>(No group)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="68" />
      <location filename="../../journeymapper/ui/atlas_search.py" line="73" />
      <source>Current</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="68" />
      <location filename="../../journeymapper/ui/atlas_search.py" line="74" />
      <source>Future</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="102" />
      <source>Group %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="120" />
      <location filename="../../journeymapper/ui/atlas_model.py" line="121" />
      <location filename="../../journeymapper/ui/atlas_model.py" line="215" />
      <source>Broken: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="122" />
      <source>Use Locate… to point the entry at the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="124" />
      <source>Stale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="125" />
      <source>Stale: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="127" />
      <source>Tags: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="212" />
      <source>State: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="213" />
      <source>File: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="223" />
      <source>%1 open, %2 overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_model.py" line="224" />
      <source>%1 open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="62" />
      <source>Search all maps…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="63" />
      <source>Search all maps of the atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="66" />
      <location filename="../../journeymapper/ui/atlas_search.py" line="154" />
      <source>Filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="68" />
      <source>Show the search filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="69" />
      <source>Persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="70" />
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="72" />
      <source>Action status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="78" />
      <source>&amp;Persona:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="78" />
      <source>C&amp;hannel:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="79" />
      <source>O&amp;wner:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="79" />
      <source>Action s&amp;tatus:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="80" />
      <source>Stat&amp;e:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="84" />
      <source>Search result count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="88" />
      <source>Search results, grouped by map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="113" />
      <source>Filter by %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="114" />
      <location filename="../../journeymapper/ui/atlas_search.py" line="128" />
      <source>Any</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="154" />
      <source>Filters (on)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="185" />
      <source>%1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="197" />
      <source>No matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_search.py" line="198" />
      <source>%1 results in %2 maps</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>atlas_changes</name>
    <message>
      <location filename="../../journeymapper/ui/atlas_changes.py" line="162" />
      <location filename="../../journeymapper/ui/atlas_changes.py" line="169" />
      <source>Nothing was changed in %1:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_changes.py" line="164" />
      <source>%1 was changed by someone else since it was read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_changes.py" line="165" />
      <source>Nothing was overwritten: look at the list and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_changes.py" line="167" />
      <source>Nothing was changed:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_changes.py" line="176" />
      <source>Done, except:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_changes.py" line="196" />
      <location filename="../../journeymapper/ui/atlas_changes.py" line="215" />
      <source>Undoing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_changes.py" line="204" />
      <source>Reading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_changes.py" line="218" />
      <source>Redoing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_changes.py" line="250" />
      <source>“%1” is open with unsaved changes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_changes.py" line="251" />
      <source>Save or close it first; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_changes.py" line="264" />
      <source>Moving %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_changes.py" line="279" />
      <source>Title changed in the open map “%1”: save it to keep it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_changes.py" line="283" />
      <source>Renaming %1…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>atlas_entries</name>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="43" />
      <source>New map in the atlas's folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="44" />
      <source>Rename the selected map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="45" />
      <source>Remove the selected map from the atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="73" />
      <source>&amp;New Map…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="74" />
      <source>Create a new map in the atlas's folder and add it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="75" />
      <source>&amp;Add Map Files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="76" />
      <source>Add existing map files to the atlas (or drop them on the list)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="77" />
      <source>Add Maps &amp;Found in the Folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="78" />
      <source>&amp;Rename…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="79" />
      <source>Change the map's title or file name (links to it are kept)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="80" />
      <source>D&amp;uplicate…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="81" />
      <source>Re&amp;move from Atlas…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="82" />
      <source>Remove the entry (the file stays unless you ask)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="83" />
      <source>Set &amp;Group…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="84" />
      <source>Set &amp;Tags…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="85" />
      <source>&amp;Locate…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="86" />
      <source>Point a broken entry at its map file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="87" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="87" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="87" />
      <source>Rename</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="88" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="122" />
      <source>The example atlas is installed read-only: its entries cannot change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="161" />
      <source>New map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="170" />
      <source>Creating %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="172" />
      <source>New map “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="193" />
      <source>Copying maps…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="201" />
      <source>Add %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="201" />
      <source>Add %1 maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="203" />
      <source>Adding maps…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="243" />
      <source>Rename “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="253" />
      <source>%1 (copy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="257" />
      <source>Duplicating %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="259" />
      <source>Duplicate “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="272" />
      <location filename="../../journeymapper/ui/atlas_entries.py" line="284" />
      <source>Removing %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="273" />
      <source>Remove “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="275" />
      <source>%1 was not removed:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="276" />
      <source>%1: %2; the app deletes only files inside the atlas's folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="300" />
      <source>Move “%1” to group “%2”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="301" />
      <source>Setting the group…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="311" />
      <source>Setting tags…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="313" />
      <source>Tags of “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="328" />
      <source>%1 is outside the atlas's folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="329" />
      <source>An atlas links only to maps inside its own folder %1, so that its links work for everyone and are never followed elsewhere. Move or copy the map into that folder, then Locate… it there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_entries.py" line="334" />
      <source>Repairing %1…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>atlas_prompts</name>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="61" />
      <source>Map title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="63" />
      <source>File name in the atlas folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="64" />
      <source>Relative to the atlas's folder; use / for a subfolder. Renaming the file keeps every link to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="70" />
      <source>&amp;Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="71" />
      <source>&amp;File:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="76" />
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="143" />
      <source>Group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="79" />
      <source>&amp;Group:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="103" />
      <source>New Map in the Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="107" />
      <source>Rename Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="111" />
      <source>Duplicate Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="116" />
      <source>Remove from Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="118" />
      <source>Remove “%1” from the atlas?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="119" />
      <source>The map's file %1 stays where it is unless you tick the box below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="120" />
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="121" />
      <source>Also &amp;delete the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="132" />
      <source>Delete the File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="133" />
      <source>Delete the file %1 for good? This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="143" />
      <source>Group of the map (empty for none):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="149" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="149" />
      <source>Tags, separated by commas:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="155" />
      <source>Journey maps (*%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="159" />
      <source>Add Maps to the Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="165" />
      <source>Locate %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="172" />
      <source>Outside the Atlas Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="174" />
      <source>These maps are outside the atlas's folder %1:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="175" />
      <source>An atlas only links to maps inside its own folder, so that the links still work for colleagues and are never followed to other places. Copy the maps into the folder and add the copies?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="178" />
      <source>&amp;Copy into the Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="187" />
      <source>Add Maps Found in the Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="188" />
      <source>These maps are in the atlas's folder but not in the atlas:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="190" />
      <source>Maps not in the atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="197" />
      <source>&amp;Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_prompts.py" line="212" />
      <source>Atlas</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>atlas_rollup</name>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="59" />
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="59" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="59" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="59" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="59" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="59" />
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="161" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="164" />
      <source>%1 (unsaved)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="171" />
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="173" />
      <source>unsaved changes in the open map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="177" />
      <source>Overdue: due %1 and still open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="225" />
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="227" />
      <source>Actions across the atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="251" />
      <source>Filter by owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="253" />
      <source>Filter by status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="254" />
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="255" />
      <source>Open (not done)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="258" />
      <source>Due &amp;before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="262" />
      <source>Due before this date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="264" />
      <source>&amp;Overdue only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="265" />
      <source>&amp;Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="266" />
      <source>Read the atlas's maps again (open maps as they are in their tabs)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="268" />
      <source>Number of actions shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="271" />
      <source>Reading the atlas's actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="275" />
      <source>Every action of every map of the atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="288" />
      <source>Ow&amp;ner:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="288" />
      <source>&amp;Status:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="396" />
      <source>The atlas cannot be read: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="406" />
      <source>Everyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="424" />
      <source>%1 of %2 actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="426" />
      <source>, %1 overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="448" />
      <source>A&amp;ctions Across the Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_rollup.py" line="483" />
      <source>“%1” is no longer in “%2” (changed since the roll-up was read).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>atlas_window</name>
    <message>
      <location filename="../../journeymapper/ui/atlas_window.py" line="88" />
      <source>&amp;Atlas as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/atlas_window.py" line="90" />
      <source>The action roll-up and every map of the open atlas, in one PDF</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>autosave_driver</name>
    <message>
      <location filename="../../journeymapper/ui/autosave_driver.py" line="171" />
      <source>Autosave failed: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>breadcrumbs</name>
    <message>
      <location filename="../../journeymapper/ui/breadcrumbs.py" line="49" />
      <source>Breadcrumbs: the maps above this one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/breadcrumbs.py" line="62" />
      <location filename="../../journeymapper/ui/breadcrumbs.py" line="64" />
      <source>Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/breadcrumbs.py" line="64" />
      <source>Show the atlas: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/breadcrumbs.py" line="66" />
      <source>Back up to “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/breadcrumbs.py" line="70" />
      <source>This map: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/breadcrumbs.py" line="180" />
      <source>This map was not opened from a drill-down: there is no level up.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>capture_bar</name>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="39" />
      <source>No lane matches “%1” (lanes: %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="41" />
      <source>“%1” could be several lanes: %2; type more of the name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="43" />
      <source>No stage matches “%1” (stages: %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="45" />
      <source>“%1” could be several stages: %2; type more of the name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="47" />
      <source>The map needs a lane and a stage first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="48" />
      <source>Type the card's text after the colon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="132" />
      <source>Quick capture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="137" />
      <source>Cards go to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="141" />
      <source>Card text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="142" />
      <source>Type a card and press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="145" />
      <source>Close quick capture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="146" />
      <source>Close (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="149" />
      <source>Capture message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="285" />
      <source>No cell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="289" />
      <source>→ %1 · %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/capture_bar.py" line="293" />
      <source>Enter adds the card. Tab next cell, ↑↓ lane, PgUp/PgDn stage, or aim a line: “pain @Checkout: Card declined”. \ at the start takes a line literally. Esc closes.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>compare_curves</name>
    <message>
      <location filename="../../journeymapper/ui/compare_curves.py" line="33" />
      <source>Emotion curves of both maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_curves.py" line="125" />
      <source>After: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_curves.py" line="126" />
      <source>Before: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>compare_dialog</name>
    <message>
      <location filename="../../journeymapper/ui/compare_dialog.py" line="40" />
      <source>Differences</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>compare_window</name>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="58" />
      <source>added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="58" />
      <source>removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="58" />
      <source>changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="59" />
      <source>reordered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="222" />
      <source>Compare: %1 → %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="231" />
      <source>Before: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="232" />
      <source>After: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="236" />
      <source>Whose emotion curve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="238" />
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="248" />
      <source>Emotion &amp;curve:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="264" />
      <location filename="../../journeymapper/ui/compare_window.py" line="271" />
      <source>Differences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="265" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="265" />
      <source>Object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="265" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="278" />
      <source>Export &amp;PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="282" />
      <source>&amp;Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="286" />
      <source>&amp;Scroll Together</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="290" />
      <source>Zoom &amp;In</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="293" />
      <source>Zoom &amp;Out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="296" />
      <source>Comparison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="299" />
      <source>&amp;Comparison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="307" />
      <source>%1 added, %2 removed, %3 changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="309" />
      <source>No differences: the two maps are the same.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="320" />
      <source>order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="335" />
      <source>No differences.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/compare_window.py" line="409" />
      <source>Wrote %1 (%2 pages)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>conflict_banner</name>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="45" />
      <source>File warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="57" />
      <source>&amp;Reload</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="57" />
      <source>Discard your version and show the one on disk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="58" />
      <source>Save as &amp;Copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="58" />
      <source>Keep both: save your version under another name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="60" />
      <source>&amp;Overwrite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="60" />
      <source>Replace the version on disk with yours (it is kept as a backup)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="62" />
      <source>Co&amp;mpare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="62" />
      <source>List what differs between your version and the one on disk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="64" />
      <source>Save &amp;As…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="64" />
      <source>Save your version under another name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="81" />
      <source>“%1” was changed on disk since you opened it (by a colleague?). Your version has not been saved over it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="85" />
      <source>“%1” was deleted, renamed or moved since you opened it. Your version is still here: save it to keep it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="89" />
      <source>“%1” cannot be read to check for changes made elsewhere (%2). Nothing was changed; checking again every few seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="91" />
      <source>no answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="94" />
      <source>Read-only: %1. Save will ask for another name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_banner.py" line="100" />
      <source>(Read-only: %1.)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>conflict_commands</name>
    <message>
      <location filename="../../journeymapper/ui/conflict_commands.py" line="55" />
      <location filename="../../journeymapper/ui/conflict_commands.py" line="71" />
      <source>Reading %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_commands.py" line="62" />
      <source>Reloaded %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_commands.py" line="78" />
      <source>Compare “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/conflict_commands.py" line="79" />
      <source>From your version (in this window) to the version now on disk:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>drilldown</name>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="68" />
      <source>stage “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="74" />
      <source>card “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="110" />
      <source>Open a link from outside the atlas?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="117" />
      <location filename="../../journeymapper/ui/drilldown.py" line="350" />
      <location filename="../../journeymapper/ui/drilldown.py" line="362" />
      <location filename="../../journeymapper/ui/drilldown.py" line="367" />
      <location filename="../../journeymapper/ui/drilldown.py" line="373" />
      <source>Link to Detail Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="118" />
      <source>Journey maps (*%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="138" />
      <source>Open &amp;Drill-down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="139" />
      <source>Open the detail map the selected stage or card links to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="140" />
      <source>&amp;Up One Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="140" />
      <source>Back to the map this one was opened from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="141" />
      <source>Link to Detail &amp;Map…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="142" />
      <source>Link the selected stage or card to a detail map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="143" />
      <source>Remove Drill-down Lin&amp;k</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="222" />
      <source>Select a stage or a card with a drill-down link first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="226" />
      <source>The %1 has no drill-down link (Link to Detail Map… adds one).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="234" />
      <source>Save “%1” first: drill-down links are stored relative to the map's file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="247" />
      <source>Drill-down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="251" />
      <source>%1 of “%2” (%3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="257" />
      <source>Broken drill-down link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="257" />
      <source>The drill-down link “%1” on the %2 names “%3”, which does not exist (or is not a file).

Restore the file, or choose the detail map again with Link to Detail Map…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="273" />
      <source>Drill-down link not followed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="273" />
      <source>The drill-down link “%1” on the %2 cannot be opened: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="280" />
      <source>The drill-down link “%1” on the %2 is %3.

Open “%4” anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="288" />
      <source>This drill-down leads to this map itself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="293" />
      <source>This drill-down leads back to “%1”, which is above this map: went back up to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="319" />
      <source>Drill-down: %1 (save the map to follow it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="322" />
      <source>Drill-down: %1
%2
Click to be asked before it opens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="327" />
      <source>Drill down to “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="327" />
      <source>Drill down to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="328" />
      <source>Click, or press %1, to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="348" />
      <source>Select a stage or a card to link first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="362" />
      <source>A map cannot drill down into itself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="367" />
      <source>“%1” is on another drive than “%2”: a link relative to the map cannot reach it. Move the detail map next to the map first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="373" />
      <source>The path to “%1” is too long for a link.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="376" />
      <source>Link %1 to a detail map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="378" />
      <source>Linked. “%1” is outside the atlas's folder, so following the link will ask first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/drilldown.py" line="388" />
      <source>Remove the drill-down link of %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>edit_commands</name>
    <message>
      <location filename="../../journeymapper/ui/edit_commands.py" line="104" />
      <source>Duplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/edit_commands.py" line="132" />
      <source>Add a stage and a lane first: a card sits in a stage and a lane.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>edits</name>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="67" />
      <location filename="../../journeymapper/editor/edits.py" line="490" />
      <source>Add card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="67" />
      <location filename="../../journeymapper/editor/edits.py" line="490" />
      <source>Add %n cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="83" />
      <source>Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="96" />
      <source>Edit card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="112" />
      <source>Delete card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="112" />
      <source>Delete %n cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="157" />
      <source>Move card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="157" />
      <source>Move %n cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="166" />
      <source>New stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="167" />
      <source>Add stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="174" />
      <source>Add lane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="179" />
      <source>Edit stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="183" />
      <source>Edit lane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="191" />
      <source>Edit map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="205" />
      <source>Move stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="210" />
      <source>Move lane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="226" />
      <source>Delete stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="239" />
      <source>Delete lane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="267" />
      <source>Set emotion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="319" />
      <source>New persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="321" />
      <source>%1 is already a persona of this map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="323" />
      <source>Add persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="338" />
      <source>Edit persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="355" />
      <source>Refresh persona %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="368" />
      <source>Delete persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="375" />
      <source>Move persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="410" />
      <source>Replace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="419" />
      <source>Add action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="447" />
      <source>Edit action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="458" />
      <source>Delete action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="458" />
      <source>Delete %n actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="499" />
      <source>Add vote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="506" />
      <source>Remove vote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/edits.py" line="514" />
      <source>Clear votes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>export_commands</name>
    <message>
      <location filename="../../journeymapper/ui/export_commands.py" line="91" />
      <location filename="../../journeymapper/ui/export_commands.py" line="109" />
      <source>An export is already running; wait for it or cancel it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_commands.py" line="129" />
      <source>Exporting %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_commands.py" line="143" />
      <source>Exported 1 page to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_commands.py" line="143" />
      <source>Exported %2 pages to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_commands.py" line="150" />
      <source>Export cancelled; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_commands.py" line="156" />
      <source>Not exported: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_commands.py" line="176" />
      <source>Exported 1 action to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_commands.py" line="176" />
      <source>Exported %2 actions to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_commands.py" line="196" />
      <source>Exported %1 (%2 × %3)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>export_dialog</name>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="36" />
      <source>Export PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="38" />
      <source>Paper size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="42" />
      <source>Group the action plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="43" />
      <source>By owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="44" />
      <source>By stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="46" />
      <source>Title page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="47" />
      <source>Summary counts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="48" />
      <source>The map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="49" />
      <source>Action plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="52" />
      <source>&amp;Paper:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="53" />
      <source>&amp;Group actions:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="56" />
      <source>Include: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="58" />
      <source>Include:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_dialog.py" line="61" />
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>export_progress</name>
    <message>
      <location filename="../../journeymapper/ui/export_progress.py" line="29" />
      <source>Export progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_progress.py" line="34" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_progress.py" line="35" />
      <source>Cancel the export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_progress.py" line="59" />
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>export_prompts</name>
    <message>
      <location filename="../../journeymapper/ui/export_prompts.py" line="20" />
      <source>PDF documents (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_prompts.py" line="21" />
      <source>CSV tables (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_prompts.py" line="22" />
      <source>PNG images (*.png)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_prompts.py" line="23" />
      <source>SVG drawings (*.svg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_prompts.py" line="38" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_prompts.py" line="47" />
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/export_prompts.py" line="47" />
      <source>“%1” was not written.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>file_commands</name>
    <message>
      <location filename="../../journeymapper/ui/file_commands.py" line="34" />
      <source>Another program is using the file: close it there and save again, or save somewhere else.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_commands.py" line="36" />
      <source>The drive did not answer (a network drive may have disconnected): save again once it is back, or save somewhere else.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_commands.py" line="39" />
      <source>Free some space on the drive and save again, or save somewhere else.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_commands.py" line="40" />
      <source>The previous version could not be kept as a backup, so nothing was replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_commands.py" line="104" />
      <source>Opening %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_commands.py" line="182" />
      <source>“%1” is open in another tab; close it first or choose another name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_commands.py" line="186" />
      <source>“%1” cannot be saved over now (see the bar above the map); choose another name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_commands.py" line="194" />
      <source>Saving %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_commands.py" line="205" />
      <source>Not saved: “%1” was changed elsewhere. Choose what to do in the bar above the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_commands.py" line="220" />
      <source>Saved %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>file_dialogs</name>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="29" />
      <source>Journey maps and atlases (*%1 *%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="30" />
      <location filename="../../journeymapper/ui/file_dialogs.py" line="46" />
      <source>Journey maps (*%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="31" />
      <source>Atlases (*%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="32" />
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="39" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="46" />
      <source>Save As</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="56" />
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="57" />
      <source>Save the changes to “%1” before closing?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="58" />
      <source>If you don't save, your changes will be lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="67" />
      <source>Reload</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="68" />
      <source>Reload “%1” from disk and discard your unsaved changes?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="69" />
      <source>To keep them, cancel and use Save as Copy instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="71" />
      <source>Discard and Reload</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="78" />
      <source>Not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="79" />
      <source>“%1” could not be saved. The file on disk is unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="80" />
      <source>Save it somewhere else?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="82" />
      <source>Save As…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="89" />
      <source>Cannot open file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/file_dialogs.py" line="91" />
      <source>“%1” could not be opened. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>file_progress</name>
    <message>
      <location filename="../../journeymapper/ui/file_progress.py" line="27" />
      <source>File operation in progress</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>file_session</name>
    <message>
      <location filename="../../journeymapper/editor/file_session.py" line="31" />
      <source>an unknown user</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/file_session.py" line="32" />
      <source>%1 on %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/file_session.py" line="70" />
      <source>%1 took over editing this map; your changes can only be saved under another name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/editor/file_session.py" line="73" />
      <source>%1 has this map open for editing</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>find_bar</name>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="41" />
      <source>Find text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="41" />
      <source>Find in cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="42" />
      <location filename="../../journeymapper/ui/find_bar.py" line="42" />
      <source>Replace with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="43" />
      <source>Match &amp;case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="44" />
      <source>Match case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="45" />
      <source>Previous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="45" />
      <source>Previous match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="46" />
      <source>Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="46" />
      <source>Next match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="47" />
      <source>Replace &amp;All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="48" />
      <source>Replace all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="49" />
      <source>Close find bar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="49" />
      <source>Close (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="51" />
      <source>Matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="52" />
      <source>Fi&amp;nd:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="52" />
      <source>Replace &amp;with:</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../journeymapper/ui/find_bar.py" line="177" />
      <source>Replaced in %n card(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="184" />
      <source>No matches</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../journeymapper/ui/find_bar.py" line="186" />
      <source>%n match(es)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../journeymapper/ui/find_bar.py" line="189" />
      <source>%1 of %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>future_state</name>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="40" />
      <source>Copy this map as its future state (same ids, so the two compare), paired with it in the open atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="42" />
      <source>Compare the current-state and future-state maps paired in the atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="51" />
      <source>Create Future-State Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="52" />
      <location filename="../../journeymapper/ui/future_state.py" line="63" />
      <source>Journey maps (*%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="63" />
      <source>Compare with File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="91" />
      <source>This map is already a future state: create future versions from its current-state map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="98" />
      <source>No atlas is open: open the atlas that pairs this map, or compare With File…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="100" />
      <source>The open atlas pairs this map with no other (Pair with… in the atlas list adds a pair)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="133" />
      <source>The atlas could not be read, so the maps were not paired: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="139" />
      <source>Creating the future-state map…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="142" />
      <source>No future-state map created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="147" />
      <source>Created %1, paired with %2 in %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="150" />
      <source>Created %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="152" />
      <source>Future-state map created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="153" />
      <source>%1 was saved, but:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="165" />
      <source>The open atlas pairs this map with no other: choose the map to compare with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="195" />
      <source>Reading %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="203" />
      <source>%1 (this map)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="215" />
      <source>Co&amp;mpare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="219" />
      <source>Create &amp;Future-State Version…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="220" />
      <source>With &amp;Paired Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="222" />
      <source>With &amp;File…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/future_state.py" line="223" />
      <source>Compare this map with another map file</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>help</name>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="75" />
      <source>Atlas list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="76" />
      <source>Personas list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="93" />
      <source>Keyboard Shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="95" />
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="96" />
      <source>Menu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="96" />
      <source>Command</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="96" />
      <source>Shortcut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="103" />
      <source>In lists (while the list has the keyboard focus)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="129" />
      <source>A desktop editor for customer journey maps, journey atlases and their action plans.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="130" />
      <source>JourneyMapper is free software under the MIT licence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="131" />
      <source>Running on Qt %1 with PySide6 %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="132" />
      <source>Third-party components</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="135" />
      <source>see below</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="142" />
      <source>%1 licence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/help.py" line="166" />
      <location filename="../../journeymapper/ui/help.py" line="168" />
      <source>About JourneyMapper</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>history_dialog</name>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="64" />
      <source>Snapshots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="67" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="67" />
      <source>Taken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="67" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="67" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="72" />
      <source>&amp;Take Snapshot…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="73" />
      <source>&amp;Compare with Current</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="74" />
      <source>&amp;Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="75" />
      <source>Re&amp;name…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="76" />
      <source>Give the snapshot a new name (F2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="77" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="78" />
      <source>Re&amp;fresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="127" />
      <source>History of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="132" />
      <source>%n snapshot(s) in %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="135" />
      <source>No snapshots yet. Take Snapshot keeps the map as it is now, under a name, in %1, where everyone who opens the map finds it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="140" />
      <source>damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="142" />
      <source>automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="142" />
      <source>named</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="145" />
      <source>This file cannot be used: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/history_dialog.py" line="152" />
      <source>%1 on %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>image_import</name>
    <message>
      <location filename="../../journeymapper/ui/image_import.py" line="44" />
      <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/image_import.py" line="65" />
      <source>%1 cannot be used as a picture: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/image_import.py" line="73" />
      <source>the file is larger than %1 MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/image_import.py" line="92" />
      <source>it is not an image (PNG, JPEG, GIF, BMP or WebP)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/image_import.py" line="95" />
      <source>its size cannot be read from its header</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/image_import.py" line="99" />
      <source>it cannot be decoded (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/image_import.py" line="105" />
      <source>it has no pixels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/image_import.py" line="108" />
      <source>it is %1 x %2 pixels, too large to open (at most %3 pixels a side and %4 megapixels)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/image_import.py" line="129" />
      <source>it cannot be made small enough to embed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>import_commands</name>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="50" />
      <source>Import Metrics from CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="51" />
      <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="56" />
      <location filename="../../journeymapper/ui/import_commands.py" line="270" />
      <location filename="../../journeymapper/ui/import_commands.py" line="275" />
      <source>Import Mermaid Journey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="57" />
      <source>Mermaid diagrams (*.mmd *.mermaid *.md *.txt);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="62" />
      <source>Export Markdown Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="63" />
      <source>Markdown (*.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="71" />
      <location filename="../../journeymapper/ui/import_commands.py" line="77" />
      <location filename="../../journeymapper/ui/import_commands.py" line="195" />
      <source>Save as Template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="71" />
      <source>Template name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="78" />
      <source>You already have a template named “%1”. Replace it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="86" />
      <location filename="../../journeymapper/ui/import_commands.py" line="215" />
      <source>Import Metrics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="87" />
      <source>The snapshot taken before every import could not be written:
%1

Import anyway? Undo still takes the import back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="98" />
      <source>… and %1 more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="163" />
      <source>Reading templates…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="175" />
      <source>New map from the template “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="193" />
      <source>Saving template…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="195" />
      <source>The template “%1” was not saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="198" />
      <source>Saved the template “%1” in %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="213" />
      <location filename="../../journeymapper/ui/import_commands.py" line="268" />
      <source>Reading %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="215" />
      <source>Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="219" />
      <source>%1's emotion curve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="219" />
      <source>the map's emotion curve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="230" />
      <source>The map changed while the preview was open; nothing was imported. Import the file again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="237" />
      <source>Import %1 metric values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="238" />
      <source>Imported %1 metric values from %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="240" />
      <source>; emotion scores of %1 stages set from %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="253" />
      <source>Before importing %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="255" />
      <source>Taking a snapshot…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="271" />
      <source>“%1” was not imported: these lines cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="275" />
      <source>“%1” was not imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="280" />
      <source>Imported %1: %2 stages, %3 cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="300" />
      <source>Exporting %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="302" />
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="302" />
      <source>“%1” was not written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="305" />
      <source>Exported %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="330" />
      <source>&amp;Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="334" />
      <source>New from &amp;Template…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="335" />
      <source>Start a map from a bundled or saved template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="336" />
      <source>Save as Temp&amp;late…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="337" />
      <source>Keep this map's stages, lanes and cards as a template for new maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="338" />
      <source>&amp;Metrics from CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="339" />
      <source>Add survey or analytics values to stages and cards, with a preview first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="340" />
      <source>Mermaid &amp;Journey…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="341" />
      <source>Open a Mermaid journey diagram as a new map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="342" />
      <source>&amp;Markdown Summary…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/import_commands.py" line="343" />
      <source>The map's stages, cards, metrics and action plan as Markdown</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>inspector</name>
    <message>
      <location filename="../../journeymapper/ui/inspector.py" line="34" />
      <location filename="../../journeymapper/ui/inspector.py" line="49" />
      <source>Inspector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector.py" line="39" />
      <source>Select a card, a stage or a lane to edit it here.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../journeymapper/ui/inspector.py" line="109" />
      <source>%n cards selected</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector.py" line="124" />
      <source>Emotion at %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector.py" line="156" />
      <source>Not changed: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_fields.py" line="131" />
      <source>No score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_fields.py" line="173" />
      <source>Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_fields.py" line="174" />
      <source>Use the default colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_fields.py" line="175" />
      <source>%1: use the default colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_fields.py" line="224" />
      <source>Default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_fields.py" line="225" />
      <source>Default colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_fields.py" line="245" />
      <source>Image…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_fields.py" line="246" />
      <source>%1: import a picture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_fields.py" line="249" />
      <source>Remove image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_fields.py" line="250" />
      <source>%1: remove the picture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_fields.py" line="277" />
      <location filename="../../journeymapper/ui/inspector_pages.py" line="101" />
      <source>Card image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_fields.py" line="299" />
      <source>No image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="68" />
      <source>Metrics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="89" />
      <source>Card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="90" />
      <source>&amp;Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="90" />
      <source>Card text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="91" />
      <source>&amp;Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="91" />
      <source>Card notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="92" />
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="93" />
      <source>C&amp;hannel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="93" />
      <source>Card channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="94" />
      <location filename="../../journeymapper/ui/inspector_pages.py" line="143" />
      <location filename="../../journeymapper/ui/inspector_pages.py" line="160" />
      <source>Co&amp;lour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="94" />
      <source>Card colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="95" />
      <source>Card tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="96" />
      <source>comma, separated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="97" />
      <source>Ta&amp;gs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="98" />
      <source>Card link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="100" />
      <source>&amp;Link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="101" />
      <source>I&amp;mage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="117" />
      <location filename="../../journeymapper/ui/inspector_pages.py" line="167" />
      <source>Emotion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="118" />
      <source>Emotion score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="119" />
      <source>Emotion label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="120" />
      <source>e.g. relieved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="122" />
      <source>&amp;Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="122" />
      <source>Feel&amp;ing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="140" />
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="141" />
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="141" />
      <source>Stage name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="142" />
      <source>Customer's &amp;goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="142" />
      <source>Stage goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="143" />
      <source>Stage colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="156" />
      <source>Lane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="157" />
      <source>&amp;Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="157" />
      <source>Lane title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="159" />
      <source>&amp;Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="159" />
      <source>Lane kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/inspector_pages.py" line="160" />
      <source>Lane colour</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>lock_dialog</name>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="54" />
      <source>Map in use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="60" />
      <source>“%1” is open for editing by %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="66" />
      <location filename="../../journeymapper/ui/lock_dialog.py" line="131" />
      <source>Watching the lock's heartbeat…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="71" />
      <source>Open &amp;Read-Only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="71" />
      <source>See the map; saving asks for another name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="72" />
      <source>Open a &amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="72" />
      <source>Edit an untitled copy; the original is left alone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="73" />
      <source>&amp;Take Over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="74" />
      <source>Edit the map yourself; if they are still working, their next save will not overwrite yours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="99" />
      <source>The lock file beside it cannot be read (%1), so who holds it is unknown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="100" />
      <source>empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="102" />
      <source>User: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="103" />
      <source>Computer: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="104" />
      <source>Open since: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="107" />
      <source>Last heartbeat written: %1 (by their computer's clock)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="124" />
      <source>Its heartbeat has not moved for %1 s: whoever held it has probably gone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="126" />
      <source>Its heartbeat moved %1 s ago: the map is probably still being edited.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/lock_dialog.py" line="128" />
      <source>Its heartbeat has not moved in the %1 s you have been looking (an open map's heartbeat moves every %2 s).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>locked_open</name>
    <message>
      <location filename="../../journeymapper/ui/locked_open.py" line="40" />
      <source>“%1” was left locked by an earlier JourneyMapper run here; the lock is yours now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/locked_open.py" line="51" />
      <source>Taking over %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <location filename="../../journeymapper/ui/main_window.py" line="101" />
      <source>Open maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/main_window.py" line="147" />
      <source>Zoom level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/main_window.py" line="245" />
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/main_window.py" line="280" />
      <source>Not saved yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/main_window.py" line="290" />
      <source>%1[*] — JourneyMapper</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>metrics_import</name>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="46" />
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="46" />
      <source>Stage or card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="46" />
      <source>Metric</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="46" />
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="46" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="46" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="62" />
      <source>Import Metrics from CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="68" />
      <source>%1: %2 can be imported, %3 problems and will be skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="68" />
      <source>%1: %2 can be imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="70" />
      <source>row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="70" />
      <source>rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="71" />
      <source>row has</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="71" />
      <source>rows have</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="74" />
      <source>Rows of the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="84" />
      <source>Also set the stages' emotion scores from a metric</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="101" />
      <source>&amp;Metric:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="104" />
      <source>to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="107" />
      <source>&amp;Range:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="119" />
      <source>&amp;Import 1 Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="119" />
      <source>&amp;Import %1 Rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="142" />
      <source>Card: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="148" />
      <source>replaces %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="150" />
      <source>new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="189" />
      <source>The two ends of the range must differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="192" />
      <source>Linear: %1 %2 → %3, %1 %4 → %5 (values outside are clamped); each stage's latest value is used, on %6.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/metrics_import_dialog.py" line="201" />
      <source>No stage has a value of this metric in the file (card values do not set emotions).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>names</name>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="14" />
      <source>Touchpoints</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="15" />
      <source>Customer actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="16" />
      <source>Thoughts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="17" />
      <source>Emotions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="18" />
      <source>Pain points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="19" />
      <source>Opportunities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="20" />
      <source>Channels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="21" />
      <source>Frontstage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="22" />
      <source>Backstage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="23" />
      <source>Support processes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="24" />
      <source>Evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="25" />
      <source>Metrics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="26" />
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="30" />
      <source>Web</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="31" />
      <source>App</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="32" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="33" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="34" />
      <source>Store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="35" />
      <source>Social</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="36" />
      <source>Chat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="37" />
      <source>Mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/names.py" line="38" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>opening</name>
    <message>
      <location filename="../../journeymapper/atlas/newmap.py" line="24" />
      <source>Aware</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/atlas/newmap.py" line="25" />
      <source>Consider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/atlas/newmap.py" line="26" />
      <source>Buy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/atlas/newmap.py" line="27" />
      <source>Use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/atlas/newmap.py" line="28" />
      <source>Get help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/atlas/newmap.py" line="31" />
      <source>Touchpoints</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/atlas/newmap.py" line="32" />
      <source>Customer actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/atlas/newmap.py" line="33" />
      <source>Emotions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/atlas/newmap.py" line="34" />
      <source>Pain points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/atlas/newmap.py" line="35" />
      <source>Opportunities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/opening.py" line="53" />
      <source>the atlas lists no maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/opening.py" line="57" />
      <source>%1: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>pairs</name>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="68" />
      <source>Pair with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="68" />
      <source>The other state of “%1”:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="81" />
      <location filename="../../journeymapper/ui/pairs.py" line="137" />
      <source>Open Current and Future Side &amp;by Side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="82" />
      <source>Show this map and its other state (paired in the atlas) side by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="84" />
      <source>Show One &amp;Map at a Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="85" />
      <source>Move the maps of the right pane back into the left one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="106" />
      <source>This map has no current/future pair in the open atlas (Pair with… in the atlas list adds one).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="116" />
      <source>The pair cannot be opened side by side:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="117" />
      <source>%1 is not inside the atlas's folder, so it is not opened automatically (open it from the atlas list).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="139" />
      <source>Pair &amp;with…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="160" />
      <source>Pairing %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="162" />
      <source>Nothing was changed in %1:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="166" />
      <source>%1 was changed by someone else since it was read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="167" />
      <source>It is read again: try once more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="172" />
      <source>Nothing was changed:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/pairs.py" line="174" />
      <source>Paired: %1 (current) and %2 (future)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>palette</name>
    <message>
      <location filename="../../journeymapper/ui/palette.py" line="49" />
      <location filename="../../journeymapper/ui/palette.py" line="70" />
      <source>Palette</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/palette.py" line="73" />
      <source>Card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/palette.py" line="73" />
      <source>Drag onto a cell to add a card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/palette.py" line="76" />
      <source>%1 lane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/palette.py" line="78" />
      <source>Drag onto the map to add a lane of this kind</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>persona_editor</name>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="54" />
      <source>One a line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="81" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="84" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="86" />
      <source>Goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="87" />
      <source>Needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="88" />
      <source>Frustrations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="91" />
      <source>Quote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="94" />
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="98" />
      <source>&amp;Import photo…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="100" />
      <source>Remo&amp;ve photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="103" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="114" />
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="115" />
      <source>&amp;Role:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="116" />
      <source>Photo:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="117" />
      <source>&amp;Goals (one a line):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="118" />
      <source>N&amp;eeds (one a line):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="119" />
      <source>&amp;Frustrations (one a line):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="120" />
      <source>&amp;Quote:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="153" />
      <source>No photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_editor.py" line="162" />
      <source>Import photo</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>persona_library</name>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="56" />
      <source>Refresh copies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="57" />
      <source>%1 is copied into %2 map(s) of the atlas. Refresh %2 copies in maps now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="65" />
      <source>Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="69" />
      <source>Not done:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="88" />
      <location filename="../../journeymapper/ui/persona_library.py" line="223" />
      <location filename="../../journeymapper/ui/persona_library.py" line="226" />
      <location filename="../../journeymapper/ui/persona_library.py" line="232" />
      <source>Persona Library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="97" />
      <source>Personas of the atlas's library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="105" />
      <source>&amp;New…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="107" />
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="109" />
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="111" />
      <source>Re&amp;fresh Copies in Maps…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="149" />
      <source>Open an atlas to see its persona library.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="151" />
      <source>%1: the example atlas is installed read-only; its personas are shown, not edited.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="154" />
      <source>Personas of %1, copied into its maps. Edit one here, then refresh its copies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="167" />
      <source>Copied into %1 map(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="227" />
      <source>%1 was changed by someone else since it was read; it has been read again: try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="246" />
      <source>New persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="246" />
      <source>New library persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="247" />
      <location filename="../../journeymapper/ui/persona_library.py" line="261" />
      <location filename="../../journeymapper/ui/persona_library.py" line="272" />
      <source>Saving the atlas…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="257" />
      <source>Edit library persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="287" />
      <source>Refresh copies of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="298" />
      <source>%1: refreshed in the open map (save it to keep the change; Undo takes it back)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="301" />
      <source>%1: already up to date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="308" />
      <source>Refreshing copies of %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="323" />
      <source>&amp;Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/persona_library.py" line="338" />
      <source>&amp;Persona Library…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>personas</name>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="50" />
      <source>Add a persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="51" />
      <source>Edit the selected persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="52" />
      <source>Remove the selected persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="53" />
      <source>Move the selected persona up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="54" />
      <source>Move the selected persona down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="96" />
      <location filename="../../journeymapper/ui/personas_panel.py" line="98" />
      <location filename="../../journeymapper/ui/personas_panel.py" line="152" />
      <source>Personas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="103" />
      <source>Personas of the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="113" />
      <source>Edited emotion curve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="119" />
      <source>&amp;Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="120" />
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="121" />
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="122" />
      <source>Move &amp;up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="123" />
      <source>Move &amp;down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="135" />
      <source>From &amp;library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="136" />
      <source>Add a persona from the atlas's library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="214" />
      <location filename="../../journeymapper/ui/personas_panel.py" line="232" />
      <source>Unnamed persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="230" />
      <source>No map open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="233" />
      <location filename="../../journeymapper/ui/personas_panel.py" line="233" />
      <source>the map's own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="234" />
      <source>Emotion curve edited: %1. Select a persona (or its name in the curve's legend) to edit its curve.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="253" />
      <location filename="../../journeymapper/ui/personas_panel.py" line="253" />
      <source>New persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="285" />
      <source>Edit persona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/personas_panel.py" line="317" />
      <source>%1 (on this map)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>preferences</name>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="78" />
      <source>Preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="82" />
      <source>Recent files to remember</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="83" />
      <source>C&amp;lear Recent Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="84" />
      <source>Empties File &gt; Open Recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="85" />
      <source>&amp;Reset Window Layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="86" />
      <source>Puts the docks and the window size back as on the first start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="88" />
      <source>Colour scheme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="89" />
      <source>As the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="89" />
      <source>Light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="89" />
      <source>Dark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="92" />
      <source>Paper size for PDF export and printing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="95" />
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="96" />
      <source> s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="95" />
      <source>Autosave after this many seconds without edits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="97" />
      <source>Autosave at least this often while editing, in seconds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="98" />
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="98" />
      <source>Days after which an unchanged map is stale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="99" />
      <source>Ring the &amp;top three cards by votes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="100" />
      <source>Ring the top three cards by votes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="107" />
      <source>Recent &amp;files to remember:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="108" />
      <source>Default &amp;paper:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="109" />
      <source>&amp;Autosave after:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="110" />
      <source>without edits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="111" />
      <source>and at least &amp;every:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="112" />
      <source>while editing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="113" />
      <source>Autosave keeps recovery copies in your own data folder, never beside the map; it cannot be turned off, since recovery after a crash is made from these copies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="118" />
      <source>&amp;Colour scheme:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="124" />
      <source>Atlas: map is &amp;stale after:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="128" />
      <source>Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="128" />
      <source>Window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="128" />
      <source>Maps and workshops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="186" />
      <source>Pr&amp;eferences…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/preferences_dialog.py" line="190" />
      <source>Recent files, paper, autosave, colours and window layout</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>presentation</name>
    <message>
      <location filename="../../journeymapper/ui/presentation.py" line="93" />
      <source>Current stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/presentation.py" line="212" />
      <source>Journey map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/presentation.py" line="218" />
      <source>%1 / %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>recent</name>
    <message>
      <location filename="../../journeymapper/ui/recent.py" line="87" />
      <source>No recent files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recent.py" line="90" />
      <source>&amp;Clear List</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>recovery_check</name>
    <message>
      <location filename="../../journeymapper/ui/recovery_check.py" line="81" />
      <source>Restored as an untitled copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_check.py" line="83" />
      <source>Restored into the file, not saved yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_check.py" line="94" />
      <source>Compare “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_check.py" line="95" />
      <source>From the file as it is now to your recovered work:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_check.py" line="102" />
      <source>Discarded</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>recovery_dialog</name>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="38" />
      <source>Recover unsaved work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="41" />
      <source>JourneyMapper did not close properly last time. This unsaved work can be recovered:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="52" />
      <source>Recoverable work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="54" />
      <source>Decide &amp;Later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="55" />
      <source>Keep what is not restored or discarded, and ask again at the next start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="67" />
      <source>Untitled map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="70" />
      <source>never saved to a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="71" />
      <source>Autosaved %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="78" />
      <source>Recoverable: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="82" />
      <source>&amp;Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="83" />
      <source>Co&amp;mpare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="84" />
      <source>&amp;Discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="88" />
      <source>%1 “%2”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="97" />
      <source>Rejected: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="100" />
      <source>Restore opens it as an untitled map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="102" />
      <source>Restore opens the file with this work as unsaved changes (%1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/recovery_dialog.py" line="103" />
      <source>Restore opens it as an untitled copy, because %1; the file is left as it is.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>snapshot_commands</name>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="58" />
      <source>Take Snapshot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="59" />
      <source>Name of the snapshot (for example “after workshop 2 with billing team”):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="71" />
      <source>Save the map first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="72" />
      <source>“%1” has not been saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="73" />
      <source>Snapshots are kept beside the map's file, in its history folder, so the map needs a file first. Save it now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="81" />
      <source>Restore snapshot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="82" />
      <source>Replace the content of “%1” with snapshot “%2”?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="84" />
      <source>Edit &gt; Undo brings the current content back. Take a snapshot first to keep it in the history as well.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="85" />
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="89" />
      <source>Delete snapshot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="90" />
      <source>Delete snapshot “%1”?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="91" />
      <source>Its file is removed from the history folder for everyone who shares the map. This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="92" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="123" />
      <source>snapshot “%1” (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="165" />
      <source>Snapshot of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="171" />
      <source>Taking snapshot…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="173" />
      <source>No snapshot taken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="175" />
      <source>Snapshot “%1” taken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="183" />
      <source>Reading the history…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="187" />
      <source>Reading snapshot…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="189" />
      <source>Damaged snapshot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="190" />
      <source>Snapshot “%1” cannot be read:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="199" />
      <source>current “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="214" />
      <source>Restore snapshot “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="215" />
      <source>The map already is as in snapshot “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="217" />
      <source>Restored snapshot “%1” (Undo brings the previous content back)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="224" />
      <source>Deleting snapshot…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="226" />
      <source>Snapshot not deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="228" />
      <source>Deleted snapshot “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="237" />
      <source>Rename Snapshot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="241" />
      <source>Renaming snapshot…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="243" />
      <source>Snapshot not renamed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="245" />
      <source>Snapshot “%1” renamed “%2”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="300" />
      <source>Snaps&amp;hots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="304" />
      <source>&amp;Take Snapshot…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="305" />
      <source>Keep the map as it is now, under a name, in its history folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="306" />
      <source>&amp;History…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/snapshot_commands.py" line="307" />
      <source>The map's snapshots: compare one with the map, restore or delete it</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>split_view</name>
    <message>
      <location filename="../../journeymapper/ui/split_view.py" line="43" />
      <source>Maps shown on the right</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>template_dialog</name>
    <message>
      <location filename="../../journeymapper/ui/template_dialog.py" line="49" />
      <source>- - line of visibility - -</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/template_dialog.py" line="51" />
      <source>Stages: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/template_dialog.py" line="52" />
      <source>Lanes: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/template_dialog.py" line="53" />
      <source>%1 example cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/template_dialog.py" line="91" />
      <source>New from Template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/template_dialog.py" line="95" />
      <source>Templates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/template_dialog.py" line="97" />
      <source>%1 (yours)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/template_dialog.py" line="127" />
      <source>Not listed (the file could not be read):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/template_dialog.py" line="136" />
      <source>&amp;Create Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/template_dialog.py" line="156" />
      <source>No templates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/template_dialog.py" line="165" />
      <source>Picture of the map “%1” makes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>welcome</name>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="60" />
      <location filename="../../journeymapper/ui/welcome.py" line="62" />
      <source>Welcome to JourneyMapper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="63" />
      <source>Map how customers go through a service: its stages across, lanes of touchpoints, thoughts, pain points and opportunities down, an emotion curve per persona, and the actions that follow. Maps are plain files you keep where you like, linked into atlases; a PDF action plan goes to whoever has to act.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="70" />
      <source>Explore the &amp;Example Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="71" />
      <source>A broadband provider's maps, already open behind this window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="72" />
      <source>&amp;New Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="72" />
      <source>An empty map with the usual stages and lanes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="76" />
      <source>New from &amp;Template…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="77" />
      <source>A map started from one of the templates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="78" />
      <source>&amp;Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="78" />
      <source>A map or an atlas from your disk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="80" />
      <source>Recent files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="81" />
      <source>&amp;Recent files:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="88" />
      <source>&amp;Don't show this at start again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="90" />
      <source>Help &gt; Welcome shows it again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="176" />
      <source>&amp;Welcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/welcome.py" line="178" />
      <source>Ways to start: the example atlas, a new map, a template, a recent file</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>workshop</name>
    <message>
      <location filename="../../journeymapper/ui/workshop.py" line="177" />
      <source>&amp;Workshop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop.py" line="181" />
      <source>&amp;Quick Capture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop.py" line="182" />
      <source>Type cards into the focused cell, one line each</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop.py" line="183" />
      <source>&amp;Presentation Mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop.py" line="184" />
      <source>Full screen, stage by stage (arrows or a clicker); Esc leaves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop.py" line="185" />
      <source>Add &amp;Vote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop.py" line="185" />
      <source>One more dot on the selected cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop.py" line="186" />
      <source>Rem&amp;ove Vote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop.py" line="186" />
      <source>One dot less on the selected cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop.py" line="187" />
      <source>C&amp;lear All Votes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop.py" line="187" />
      <source>Start a new round of dot voting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop.py" line="188" />
      <source>&amp;Highlight Top Three Votes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>workshop_timer</name>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="69" />
      <source>Time's up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="130" />
      <source>Workshop timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="144" />
      <source>%1 (paused)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="167" />
      <source>Custom timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="173" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="174" />
      <source>Minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="175" />
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="176" />
      <source>Start timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="180" />
      <source>&amp;Minutes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="209" />
      <source>&amp;Timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="212" />
      <source>%1 Minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="216" />
      <source>&amp;Custom…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="221" />
      <location filename="../../journeymapper/ui/workshop_timer.py" line="230" />
      <source>&amp;Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="224" />
      <source>&amp;Reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../journeymapper/ui/workshop_timer.py" line="230" />
      <source>&amp;Resume</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
